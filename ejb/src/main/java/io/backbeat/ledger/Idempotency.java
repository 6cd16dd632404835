package io.backbeat.ledger;

import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a points-moving request safe to retry. The key is kept with the request and its result in the transaction
 * that moved the points, so either both the effect and the key commit or neither does: a retry after a lost answer
 * replays the result, and a request the caller never saw succeed can simply be sent again. Two ways to use it:
 * <ul>
 *   <li>{@link #replay} before, {@link #record} after: one insert, for work done in this database alone that a
 *       second request with the key, run after the first committed, does without failing (a purchase hands back the
 *       licence the first granted). The second's insert meets the first's key, rolls everything back, and
 *       {@link Retries} sends it again to replay the first's answer;</li>
 *   <li>{@link #claim} before, {@link #complete} after: the key is inserted first, so a second request with it waits
 *       on the first's row and then replays. For work that acts outside this database (a card charge) or whose
 *       repeat would fail instead (a refund of a licence already refunded, a zone whose name is taken).</li>
 * </ul>
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Idempotency {

    /** What the first request with a key made: an id, and whether it made something new (201) or not (200). */
    public record Result(long id, boolean created) {
    }

    /** The HTTP header that carries the key. */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * The first result of {@code request} under {@code key}, or empty when the key is new (do the work, then
     * {@link #record}); the same key for another request is refused.
     */
    public Optional<Result> replay(long accountId, String key, String request) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException(Map.of(HEADER, key == null || key.isEmpty()
                    ? "Send an Idempotency-Key header (a UUID, for example) so that a retry cannot move points twice."
                    : "An Idempotency-Key is 1 to 255 visible ASCII characters."));
        }
        IdempotencyKey used = em.find(IdempotencyKey.class, new IdempotencyKey.Id(accountId, key));
        if (used == null) {
            return Optional.empty();
        }
        if (!used.request().equals(request)) {
            throw new IdempotencyKeyReusedException(key, used.request());
        }
        return Optional.of(new Result(used.resultId(), used.created()));
    }

    /** Keeps the key with what the request made, after work done in this database alone (see {@link #replay}). */
    public void record(long accountId, String key, String request, Result result) {
        em.flush(); // the work's own statements first, so that only the key's insert can mean a race
        var used = new IdempotencyKey(accountId, key, request, clock.instant());
        used.completed(result.id(), result.created());
        insert(used);
    }

    /**
     * Claims {@code key} for {@code request} before work that also acts outside this database: empty when the key is
     * new (do the work, then {@link #complete}), or the first result when the same request already used it.
     */
    public Optional<Result> claim(long accountId, String key, String request) {
        Optional<Result> replay = replay(accountId, key, request);
        if (replay.isEmpty()) {
            insert(new IdempotencyKey(accountId, key, request, clock.instant()));
        }
        return replay;
    }

    public void complete(long accountId, String key, Result result) {
        em.find(IdempotencyKey.class, new IdempotencyKey.Id(accountId, key)).completed(result.id(), result.created());
    }

    private void insert(IdempotencyKey used) {
        em.persist(used);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Another transaction inserted the key first; this one is rolled back and may be sent again.
            throw new IdempotencyKeyInUseException(used.key());
        }
    }
}
