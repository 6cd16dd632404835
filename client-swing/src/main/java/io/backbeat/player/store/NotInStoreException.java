package io.backbeat.player.store;

/** The store does not have what was asked for (HTTP 404), for example a work that was withdrawn. */
public class NotInStoreException extends StoreRefusedException {

    public NotInStoreException(String detail) {
        super(404, detail);
    }
}
