package io.backbeat.diagnostics;

/** What a pipeline probe exercises. */
public enum ProbeMode {
    /** Written, queued, consumed by the worker: proves the database, the queue and the workers. */
    DELIVER,
    /** Its handler fails every time: proves redelivery and the dead-letter path. */
    DEAD_LETTER,
    /** Written and queued, then the transaction rolls back: proves neither the row nor the message survive. */
    ROLL_BACK
}
