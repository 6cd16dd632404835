package io.backbeat.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBTransactionRolledbackException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which failures are run again (they left nothing behind) and which reach the caller at once. */
class RetriesTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aKeyStillInUseIsTriedAgainUntilItsFirstRequestHasFinished() {
        assertThat(Retries.untilSettled(() -> failTwice(new IdempotencyKeyInUseException("k")))).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aDeadlockVictimIsRunAgain() {
        var deadlock = new EJBTransactionRolledbackException("rolled back",
                new RuntimeException(new SQLException("deadlock detected", "40P01")));
        assertThat(Retries.untilSettled(() -> failTwice(deadlock))).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherFailuresReachTheCallerAtOnce() {
        var broken = new EJBTransactionRolledbackException("rolled back",
                new RuntimeException(new SQLException("value too long", "22001")));
        assertThatThrownBy(() -> Retries.untilSettled(() -> failTwice(broken))).isSameAs(broken);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aRaceThatNeverEndsReachesTheCallerAfterAFewAttempts() {
        var inUse = new IdempotencyKeyInUseException("k");
        assertThatThrownBy(() -> Retries.untilSettled(() -> {
            attempts.incrementAndGet();
            throw inUse;
        })).isSameAs(inUse);
        assertThat(attempts).hasValue(4);
    }

    private String failTwice(RuntimeException failure) {
        if (attempts.incrementAndGet() <= 2) {
            throw failure;
        }
        return "done";
    }
}
