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
 * Makes a points-moving request safe to retry. The key is claimed in the caller's transaction before any point
 * moves and completed with the result in the same transaction, so either both the effect and the key commit or
 * neither does: a retry after a lost answer replays the result, and a request the caller never saw succeed can
 * simply be sent again.
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
     * Claims {@code key} for {@code request}: empty when the key is new (do the work, then {@link #complete}), or
     * the first result when the same request already used it.
     */
    public Optional<Result> claim(long accountId, String key, String request) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException(Map.of(HEADER, key == null || key.isEmpty()
                    ? "Send an Idempotency-Key header (a UUID, for example) so that a retry cannot move points twice."
                    : "An Idempotency-Key is 1 to 255 visible ASCII characters."));
        }
        IdempotencyKey used = em.find(IdempotencyKey.class, new IdempotencyKey.Id(accountId, key));
        if (used != null) {
            if (!used.request().equals(request)) {
                throw new IdempotencyKeyReusedException(key, used.request());
            }
            return Optional.of(new Result(used.resultId(), used.created()));
        }
        em.persist(new IdempotencyKey(accountId, key, request, clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Another transaction inserted the key first; this one is rolled back and may be sent again.
            throw new IdempotencyKeyInUseException(key);
        }
        return Optional.empty();
    }

    public void complete(long accountId, String key, Result result) {
        em.find(IdempotencyKey.class, new IdempotencyKey.Id(accountId, key)).completed(result.id(), result.created());
    }
}
