package io.backbeat.ledger;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a points-moving attempt (a transaction of its own) again when it lost a race that left nothing behind:
 * <ul>
 *   <li>the second of two simultaneous requests with one Idempotency-Key is rolled back
 *       ({@link IdempotencyKeyInUseException}); sent again, it replays the first one's result;</li>
 *   <li>the database rolled the transaction back to break a deadlock or a serialization conflict (SQLState class
 *       40); its key claim went with it, so running it again acts once.</li>
 * </ul>
 * Every points-moving service retries here, a few times, rather than handing the race to the client.
 */
public final class Retries {

    private static final int ATTEMPTS = 4;

    private Retries() {
    }

    public static <T> T untilSettled(Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (RuntimeException lost) {
                if (tries == ATTEMPTS || !(lost instanceof IdempotencyKeyInUseException || rolledBackByTheDatabase(lost))) {
                    throw lost;
                }
                try {
                    Thread.sleep(50L * tries);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw lost;
                }
            }
        }
    }

    /** A deadlock victim or a serialization failure: SQLState 40001 or 40P01, anywhere in the causes. */
    static boolean rolledBackByTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
