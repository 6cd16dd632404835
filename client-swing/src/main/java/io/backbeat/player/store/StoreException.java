package io.backbeat.player.store;

/** The store could not give the player what it asked for; the message is fit to show the user. */
public class StoreException extends Exception {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
