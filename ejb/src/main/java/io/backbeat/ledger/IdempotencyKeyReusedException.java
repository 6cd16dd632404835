package io.backbeat.ledger;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** The key was already used for a different request: nothing is done, so a client bug cannot move points. */
public class IdempotencyKeyReusedException extends Refusal {

    private final String key;

    public IdempotencyKeyReusedException(String key, String firstRequest) {
        super(Kind.UNPROCESSABLE, "idempotency-key-reused", "This Idempotency-Key was already used for another "
                + "request (" + firstRequest + "); use a new key for a new request.");
        this.key = key;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("key", key);
    }
}
