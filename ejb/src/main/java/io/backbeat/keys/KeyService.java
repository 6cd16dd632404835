package io.backbeat.keys;

import io.backbeat.account.Account;
import io.backbeat.delivery.StreamTicket;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key service: players' public keys, their owners and status, and the stream tickets already used. It has its
 * own tables and its own role, which no person holds: only the store's services that run as {@value #ROLE}
 * ({@link Players}, {@link Deliveries}) may call it; customers never reach it directly.
 */
@Stateless
@DeclareRoles(KeyService.ROLE)
@RolesAllowed(KeyService.ROLE)
public class KeyService {

    public static final String ROLE = "KEY_SERVICE";

    /** How long a stream ticket is good for after the player made it, and how far the player's clock may be ahead. */
    static final Duration TICKET_LIFETIME = Duration.ofMinutes(5);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    Event<PlayerRevoked> revocations;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "backbeat.keys.max-active-players", defaultValue = "5")
    int maxActivePlayers;

    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /** Registers a player's public key for its owner, within the limit of active players. */
    public Player register(long ownerId, byte[] publicKey, String name, boolean personalised) {
        PublicKeys.PlayerKey key;
        try {
            key = PublicKeys.check(publicKey);
        } catch (UnusableKeyException e) {
            throw new KeyRefusedException(e);
        }
        // One registration at a time per owner, so two at once cannot both pass the limit.
        em.find(Account.class, ownerId, LockModeType.PESSIMISTIC_WRITE);
        long active = em.createQuery("SELECT COUNT(p) FROM Player p WHERE p.ownerId = :owner AND p.status = :active",
                        Long.class)
                .setParameter("owner", ownerId).setParameter("active", PlayerStatus.ACTIVE).getSingleResult();
        if (active >= maxActivePlayers) {
            throw PlayerRefusedException.tooMany(maxActivePlayers);
        }
        if (byFingerprint(key.fingerprint()) != null) {
            throw PlayerRefusedException.alreadyRegistered(key.fingerprint());
        }
        var player = new Player(ownerId, key.fingerprint(), name, key.armored(), personalised, clock.instant());
        em.persist(player);
        try {
            em.flush();
        } catch (PersistenceException registeredAtTheSameMomentByAnotherAccount) {
            throw PlayerRefusedException.alreadyRegistered(key.fingerprint());
        }
        return player;
    }

    /** The owner's players, active first, newest first. */
    public List<Player> players(long ownerId) {
        return em.createQuery("SELECT p FROM Player p WHERE p.ownerId = :owner ORDER BY p.status, p.registeredAt DESC,"
                        + " p.id DESC", Player.class)
                .setParameter("owner", ownerId).getResultList();
    }

    /** Revokes one of the owner's players, for good; its other players are untouched. Revoking twice is harmless. */
    public Player revoke(long ownerId, long playerId) {
        Player player = em.find(Player.class, playerId, LockModeType.PESSIMISTIC_WRITE);
        if (player == null || player.ownerId() != ownerId) {
            throw PlayerRefusedException.notFound(playerId);
        }
        if (player.active()) {
            player.revoke(clock.instant());
            revocations.fire(new PlayerRevoked(playerId));
        }
        return player;
    }

    public boolean hasActivePlayer(long ownerId) {
        return !em.createQuery("SELECT p.id FROM Player p WHERE p.ownerId = :owner AND p.status = :active", Long.class)
                .setParameter("owner", ownerId).setParameter("active", PlayerStatus.ACTIVE)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The player a stream ticket for {@code subject} ({@link StreamTicket#licence} or {@link StreamTicket#zone})
     * comes from, once: the player must be registered and active, the ticket signed by its key, fresh, for this
     * subject, and its nonce never seen before.
     */
    public Player accept(StreamTicket ticket, String subject) {
        Player player = byFingerprint(ticket.player());
        if (player == null) {
            throw TicketRefusedException.forbidden("player-unknown", "The player " + ticket.player()
                    + " is not registered. Register it (or import the personalised player) before downloading.");
        }
        if (!player.active()) {
            throw TicketRefusedException.forbidden("player-revoked", "This player was revoked by its owner and "
                    + "cannot receive purchases or play zones any more.");
        }
        PGPPublicKey key;
        try {
            key = PublicKeys.check(player.publicKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).signing();
        } catch (UnusableKeyException e) {
            throw TicketRefusedException.forbidden("player-key-unusable", "This player's key is no longer usable: "
                    + e.getMessage());
        }
        if (!ticket.signedBy(key)) {
            throw TicketRefusedException.forbidden("ticket-not-signed", "The stream ticket is not signed by the "
                    + "player it names.");
        }
        if (!ticket.subject().equals(subject)) {
            throw TicketRefusedException.forbidden("ticket-other-subject", "The stream ticket is for "
                    + ticket.subject() + ", not " + subject + ".");
        }
        Instant now = clock.instant();
        if (ticket.issued().isBefore(now.minus(TICKET_LIFETIME)) || ticket.issued().isAfter(now.plus(CLOCK_SKEW))) {
            throw TicketRefusedException.forbidden("ticket-expired", "The stream ticket was made at "
                    + ticket.issued() + " and is good for " + TICKET_LIFETIME.toMinutes() + " minutes; make a new one "
                    + "(is the player's clock right?).");
        }
        em.createQuery("DELETE FROM UsedTicket t WHERE t.acceptedAt < :old")
                .setParameter("old", now.minus(TICKET_LIFETIME).minus(CLOCK_SKEW)).executeUpdate();
        if (em.find(UsedTicket.class, ticket.nonce()) != null) {
            throw replayed();
        }
        em.persist(new UsedTicket(ticket.nonce(), player.id(), now));
        try {
            em.flush();
        } catch (PersistenceException sameTicketAtTheSameMoment) {
            throw replayed();
        }
        return player;
    }

    private static TicketRefusedException replayed() {
        return TicketRefusedException.forbidden("ticket-replayed", "This stream ticket has been used already; each "
                + "download needs a new one.");
    }

    private Player byFingerprint(String fingerprint) {
        return em.createQuery("SELECT p FROM Player p WHERE p.fingerprint = :fingerprint", Player.class)
                .setParameter("fingerprint", fingerprint).getResultStream().findFirst().orElse(null);
    }
}
