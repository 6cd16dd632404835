package io.backbeat.account;

import jakarta.enterprise.context.ApplicationScoped;
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

    Optional<Long> of(String normalisedEmail) {
        return Optional.ofNullable(ids.get(normalisedEmail));
    }

    /** Call only once the transaction that read the pair has committed: a rolled-back sign-up's id is no one's. */
    void remember(String normalisedEmail, long id) {
        if (ids.size() >= CAPACITY) {
            ids.clear();
        }
        ids.put(normalisedEmail, id);
    }
}
