package io.backbeat.player.audio;

/** The bytes are not sound this player can decode; the message is fit to show the user. */
public class UnplayableAudioException extends Exception {

    public UnplayableAudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
