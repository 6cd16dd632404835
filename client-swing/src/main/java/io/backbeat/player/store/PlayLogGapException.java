package io.backbeat.player.store;

/** The store has the zone's play log up to a record before this batch: the upload goes on from what it expects. */
public class PlayLogGapException extends StoreRefusedException {

    private final long expectedSequence;

    public PlayLogGapException(String detail, long expectedSequence) {
        super(409, detail, "play-log-gap");
        this.expectedSequence = expectedSequence;
    }

    public long expectedSequence() {
        return expectedSequence;
    }
}
