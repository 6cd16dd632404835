package io.backbeat.ledger;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** Two requests with one key at the same moment: the later one is rolled back, and sending it again replays. */
public class IdempotencyKeyInUseException extends Refusal {

    private final String key;

    public IdempotencyKeyInUseException(String key) {
        super(Kind.CONFLICT, "idempotency-key-in-use", "Another request with this Idempotency-Key is being processed; "
                + "send it again to get its result.");
        this.key = key;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("key", key);
    }
}
