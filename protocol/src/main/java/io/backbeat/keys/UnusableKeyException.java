package io.backbeat.keys;

/** A public key the store will not register, with the reason in words a player's user can act on. */
public class UnusableKeyException extends Exception {

    private final String code;

    UnusableKeyException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable name of the reason: {@code not-a-key}, {@code weak-key}, {@code no-encryption-key}, … */
    public String code() {
        return code;
    }
}
