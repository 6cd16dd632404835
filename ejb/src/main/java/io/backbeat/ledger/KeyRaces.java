package io.backbeat.ledger;

import java.util.function.Supplier;

/**
 * The second of two simultaneous requests with one Idempotency-Key is rolled back ({@link
 * IdempotencyKeyInUseException}); sent again, it replays the first one's result. Every points-moving service retries
 * it here, a few times, rather than handing the race to the client.
 */
public final class KeyRaces {

    private static final int ATTEMPTS = 3;

    private KeyRaces() {
    }

    /** Runs one attempt (a transaction of its own) after another while a concurrent request holds the same key. */
    public static <T> T untilTheKeyIsFree(Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (IdempotencyKeyInUseException inUse) {
                if (tries == ATTEMPTS) {
                    throw inUse;
                }
                try {
                    Thread.sleep(50L * tries);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw inUse;
                }
            }
        }
    }
}
