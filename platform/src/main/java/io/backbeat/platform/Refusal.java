package io.backbeat.platform;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A business refusal: the request was understood and said no, and nothing it did is kept (the
 * transaction rolls back). Each refusal is its own subclass; the web layer maps them once, by kind, to
 * problem+json and to faces messages.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_LARGE, UNSUPPORTED,
        /** Understood and well-formed, but it contradicts what was asked before (an idempotency key reused). */
        UNPROCESSABLE,
        /** The card was declined: the customer must use another card or fix its details (HTTP 402). */
        PAYMENT_DECLINED,
        /** The payment provider failed or could not be reached; nothing was charged, and trying again may work. */
        PAYMENT_FAILED
    }

    private final Kind kind;
    private final String code;

    protected Refusal(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** Stable, machine-readable name of the refusal, for example {@code email-taken}. */
    public String code() {
        return code;
    }

    /** Values a client needs to act on the refusal, for example the id of what was refused. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
