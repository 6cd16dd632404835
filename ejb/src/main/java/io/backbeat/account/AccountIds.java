package io.backbeat.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which account id an e-mail address belongs to, as far as committed look-ups have told. An account keeps its address
 * for life and is never deleted, so an entry never goes stale: every signed-in call that only needs the caller's id
 * (a purchase, a venue manager's) is spared a select. Bounded: past {@link #CAPACITY} addresses it starts again.
 */
@ApplicationScoped
class AccountIds {

    static final int CAPACITY = 100_000;

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** An account's id, read from the database by a transaction. */
    record Read(String normalisedEmail, long id) {
    }

    Optional<Long> of(String normalisedEmail) {
        return Optional.ofNullable(ids.get(normalisedEmail));
    }

    /** Kept only once the transaction that read it has committed: the id of a sign-up rolled back is no one's. */
    void remember(@Observes(during = TransactionPhase.AFTER_SUCCESS) Read read) {
        if (ids.size() >= CAPACITY) {
            ids.clear();
        }
        ids.put(read.normalisedEmail(), read.id());
    }
}
