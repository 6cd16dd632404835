package io.backbeat.player.store;

/**
 * The store answered with an HTTP error. The message is the problem+json {@code detail} when the store sent one:
 * its own words for what went wrong.
 */
public class StoreRefusedException extends StoreException {

    private final int status;

    public StoreRefusedException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The store's own words, as the message carries them. */
    public String detail() {
        return getMessage();
    }
}
