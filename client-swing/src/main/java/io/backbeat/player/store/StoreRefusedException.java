package io.backbeat.player.store;

import java.util.Map;

/**
 * The store answered with an HTTP error. The message is the problem+json {@code detail} when the store sent one:
 * its own words for what went wrong.
 */
public class StoreRefusedException extends StoreException {

    private final int status;
    private final String code;
    private final Map<String, String> fields;

    public StoreRefusedException(int status, String detail) {
        this(status, detail, "");
    }

    /** {@code code} is the last part of the problem's type, such as {@code not-enough-points}. */
    public StoreRefusedException(int status, String detail, String code) {
        this(status, detail, code, Map.of());
    }

    /** {@code fields} holds the store's words per input it refused, by the input's name (such as {@code title}). */
    public StoreRefusedException(int status, String detail, String code, Map<String, String> fields) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fields = Map.copyOf(fields);
    }

    /** The kind of refusal, stable for the player to switch on; empty when the store named none. */
    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** What was wrong with each input the store refused, to show beside it; empty when the refusal names none. */
    public Map<String, String> fields() {
        return fields;
    }

    /** The store's own words, as the message carries them. */
    public String detail() {
        return getMessage();
    }
}
