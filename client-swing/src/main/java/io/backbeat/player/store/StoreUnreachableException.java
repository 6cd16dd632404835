package io.backbeat.player.store;

/** No answer at all: the store is down, the address is wrong, or the network is. */
public class StoreUnreachableException extends StoreException {

    public StoreUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
