package io.backbeat.player.viewcontroller;

/** A song cannot be played, for a reason the message gives in the user's words. */
public class CannotPlayException extends Exception {

    public CannotPlayException(String message) {
        super(message);
    }

    public CannotPlayException(String message, Throwable cause) {
        super(message, cause);
    }
}
