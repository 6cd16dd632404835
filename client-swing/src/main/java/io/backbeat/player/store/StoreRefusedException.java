package io.backbeat.player.store;

/**
 * The store answered with an HTTP error. {@link #detail()} is the problem+json {@code detail} when the store sent
 * one: its own words for what went wrong.
 */
public class StoreRefusedException extends StoreException {

    private final int status;
    private final String detail;

    public StoreRefusedException(int status, String detail) {
        super(detail);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
