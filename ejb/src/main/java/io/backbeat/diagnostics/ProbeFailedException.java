package io.backbeat.diagnostics;

import java.util.UUID;

/** A DEAD_LETTER probe's handler failing on purpose; a system exception, so the broker redelivers. */
public class ProbeFailedException extends RuntimeException {

    public ProbeFailedException(UUID probeId, int attempt) {
        super("Probe " + probeId + " fails on purpose (attempt " + attempt + ")", null, false, false);
    }
}
