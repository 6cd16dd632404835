package io.backbeat.business;

import jakarta.persistence.EntityManager;

/**
 * Whose is what. A manager reaches its own organisation's venues, zones and programmes; an administrator reads
 * everyone's. Anything else is "not found", never "forbidden", so another organisation's ids give nothing away.
 */
final class Tenancy {

    /** Who asks: an account, and whether it may read every organisation's. */
    record Caller(long account, boolean admin) {

        static Caller manager(long account) {
            return new Caller(account, false);
        }

        boolean reaches(Organisation organisation) {
            return admin || organisation.managerId() == account;
        }
    }

    private Tenancy() {
    }

    static Organisation organisation(EntityManager em, long manager) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.managerId = :manager", Organisation.class)
                .setParameter("manager", manager).getResultStream().findFirst()
                .orElseThrow(BusinessRefusedException::noOrganisation);
    }

    static Venue venue(EntityManager em, Caller caller, long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null || !caller.reaches(venue.organisation())) {
            throw BusinessRefusedException.notFound("venue", id);
        }
        return venue;
    }

    static Zone zone(EntityManager em, Caller caller, long id) {
        Zone zone = em.find(Zone.class, id);
        if (zone == null || !caller.reaches(zone.venue().organisation())) {
            throw BusinessRefusedException.notFound("zone", id);
        }
        return zone;
    }

    static Programme programme(EntityManager em, Caller caller, long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme == null || !caller.reaches(programme.organisation())) {
            throw BusinessRefusedException.notFound("programme", id);
        }
        return programme;
    }
}
