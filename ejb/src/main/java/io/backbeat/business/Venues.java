package io.backbeat.business;

import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;

/** An organisation's venues: a manager keeps its own; an administrator reads every organisation's. */
@Stateless
@RolesAllowed(Role.ENTERPRISE_NAME)
public class Venues {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Validator validator;

    @Resource
    SessionContext context;

    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public List<VenueView> list(String email) {
        var caller = caller(email);
        var query = caller.admin()
                ? em.createQuery("SELECT v FROM Venue v ORDER BY v.id", Venue.class)
                : em.createQuery("SELECT v FROM Venue v WHERE v.organisation.managerId = :manager ORDER BY v.id",
                        Venue.class).setParameter("manager", caller.account());
        return query.getResultStream().map(Venue::view).toList();
    }

    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public VenueView get(String email, long id) {
        return Tenancy.venue(em, caller(email), id).view();
    }

    public VenueView create(String email, VenueDetails details) {
        check(details);
        var venue = new Venue(Tenancy.organisation(em, manager(email)), details);
        em.persist(venue);
        em.flush();
        return venue.view();
    }

    public VenueView describe(String email, long id, VenueDetails details) {
        Venue venue = Tenancy.venue(em, Tenancy.Caller.manager(manager(email)), id);
        check(details);
        venue.describe(details);
        return venue.view();
    }

    public void delete(String email, long id) {
        Venue venue = Tenancy.venue(em, Tenancy.Caller.manager(manager(email)), id);
        boolean hasZones = !em.createQuery("SELECT z.id FROM Zone z WHERE z.venue = :venue", Long.class)
                .setParameter("venue", venue).setMaxResults(1).getResultList().isEmpty();
        if (hasZones) {
            throw BusinessRefusedException.venueHasZones(id);
        }
        em.remove(venue);
    }

    private void check(VenueDetails details) {
        if (details == null) {
            throw new InvalidInputException(Map.of("name", "Send the venue's name and time zone, for example "
                    + "{\"name\": \"Backbeat Café\", \"timeZone\": \"Europe/Berlin\"}."));
        }
        InvalidInputException.requireValid(validator, details);
        if (!details.knownTimeZone()) {
            throw new InvalidInputException(Map.of("timeZone", "\"" + details.timeZone() + "\" is not a time zone "
                    + "Backbeat knows: give an IANA name such as Europe/Berlin or America/New_York."));
        }
    }

    private long manager(String email) {
        return accounts.idOf(email);
    }

    private Tenancy.Caller caller(String email) {
        return new Tenancy.Caller(manager(email), context.isCallerInRole(Role.ADMIN_NAME));
    }
}
