package io.backbeat.delivery;

import java.io.IOException;

/** A sealed purchase that is not what the store sent to this player: altered, mis-signed or for another key. */
public class TamperedException extends IOException {

    public TamperedException(String message) {
        super(message);
    }
}
