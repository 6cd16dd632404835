package io.backbeat.business;

import io.backbeat.delivery.InvalidTicketException;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.keys.KeyService;
import io.backbeat.keys.Player;
import io.backbeat.keys.PlayerRevoked;
import io.backbeat.platform.StreamEnds;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A zone's bound registered player, known by its stream ticket rather than by a password: a venue's player holds
 * its own key, not its manager's credentials. It reaches its own zone (to read the timeline and the stream, beat and
 * upload its play log) and nothing else; another player, even the same manager's, is refused. A revoked player's
 * zone stream ends as the revocation commits.
 */
@Stateless
@PermitAll
@RunAs(KeyService.ROLE)
public class ZonePlayers {

    @PersistenceContext
    EntityManager em;

    @EJB
    KeyService keys;

    @Inject
    StreamEnds streamEnds;

    /** A zone and the registered player bound to it. */
    public record Bound(Zone zone, Player player) {
    }

    /**
     * The zone, once the ticket (for this zone, fresh, unused, signed by an active player) comes from the player
     * bound to it.
     */
    public Zone zone(long zoneId, String ticketText) {
        return bound(zoneId, ticketText).zone();
    }

    /** The zone and its player, on the same terms as {@link #zone}. */
    public Bound bound(long zoneId, String ticketText) {
        StreamTicket ticket;
        try {
            ticket = StreamTicket.parse(ticketText);
        } catch (InvalidTicketException e) {
            throw BusinessRefusedException.malformedTicket(e.getMessage());
        }
        Player player = keys.accept(ticket, StreamTicket.zone(zoneId));
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null) {
            throw BusinessRefusedException.notFound("zone", zoneId);
        }
        if (zone.player() == null || zone.player() != player.id()) {
            throw BusinessRefusedException.playerNotBound(zoneId);
        }
        return new Bound(zone, player);
    }

    /** The zone a player plays stops streaming to it once its revocation commits. */
    public void revoked(@Observes PlayerRevoked revoked) {
        em.createQuery("SELECT z.id FROM Zone z WHERE z.player = :player", Long.class)
                .setParameter("player", revoked.player()).getResultStream()
                .forEach(zone -> streamEnds.endOnCommit(Zone.stream(zone)));
    }
}
