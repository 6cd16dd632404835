package io.backbeat.catalog;

import io.backbeat.platform.Refusal;

public class AlreadyMusicianException extends Refusal {

    public AlreadyMusicianException(String artist) {
        super(Kind.CONFLICT, "already-musician", "This account already sells music as " + artist + ".");
    }
}
