package io.backbeat.business;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Map;

/**
 * Opening an organisation makes a customer its manager: the account gains the ENTERPRISE role (as opening a
 * musician account adds MUSICIAN) and keeps its customer role, so its points pay for zones and its registered
 * players can be bound to them. One organisation per account.
 */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Role.CUSTOMER_NAME)
    public OrganisationView open(String email, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInputException(Map.of("name", "Give the organisation a name of 1 to 120 characters."));
        }
        Account manager = accounts.require(email);
        em.createQuery("SELECT o FROM Organisation o WHERE o.managerId = :manager", Organisation.class)
                .setParameter("manager", manager.id()).getResultStream().findFirst().ifPresent(existing -> {
                    throw BusinessRefusedException.alreadyEnterprise(existing.name());
                });
        var organisation = new Organisation(name.strip(), manager.id(), clock.instant());
        em.persist(organisation);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Two requests at once: the unique manager constraint lets one through.
            throw BusinessRefusedException.alreadyEnterprise(name.strip());
        }
        manager.grant(Role.ENTERPRISE);
        return organisation.view(manager.email());
    }

    @RolesAllowed(Role.ENTERPRISE_NAME)
    public OrganisationView mine(String email) {
        Account manager = accounts.require(email);
        return Tenancy.organisation(em, manager.id()).view(manager.email());
    }
}
