package io.backbeat.media;

/** The file cannot be opened as audio at all; the message says why, for the musician. */
public class NotAudioException extends Exception {

    public NotAudioException(String why) {
        super(why);
    }
}
