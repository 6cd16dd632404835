package io.backbeat.business;

import io.backbeat.catalog.Work;
import io.backbeat.delivery.Deliveries;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The works a venue player downloads ahead of time: each work its zone's timeline plays in the coming week, sealed
 * for the zone's bound player exactly as a purchase is for its buyer's, so the player caches and opens both alike.
 */
@Stateless
@PermitAll
public class ScheduledWorks {

    @PersistenceContext
    EntityManager em;

    @EJB
    ZonePlayers players;

    @EJB
    Schedules schedules;

    @EJB
    Deliveries deliveries;

    /** The work sealed for the player whose ticket for {@code zone-{zone}} this is, once the zone schedules it. */
    public Deliveries.Delivery authorize(long zoneId, long workId, String ticket) {
        ZonePlayers.Bound bound = players.bound(zoneId, ticket);
        Work work = em.find(Work.class, workId);
        if (work == null || !schedules.playsSoon(bound.zone(), workId)) {
            throw BusinessRefusedException.workNotScheduled(zoneId, workId);
        }
        return deliveries.sealedFor(bound.player(), work, 0);
    }
}
