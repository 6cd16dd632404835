package io.backbeat.business;

import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.catalog.Work;
import io.backbeat.catalog.WorkState;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An organisation's programmes. A fixed playlist is checked work by work when it is saved: each must be on sale
 * and licensed for business use, so a playlist can never hold a work a business may not play (and the simulator
 * drops any that stops being so later). A rotation's artists must exist.
 */
@Stateless
@RolesAllowed(Role.ENTERPRISE_NAME)
public class Programmes {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Resource
    SessionContext context;

    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public List<ProgrammeView> list(String email) {
        var caller = new Tenancy.Caller(accounts.idOf(email), context.isCallerInRole(Role.ADMIN_NAME));
        var query = caller.admin()
                ? em.createQuery("SELECT p FROM Programme p ORDER BY p.id", Programme.class)
                : em.createQuery("SELECT p FROM Programme p WHERE p.organisation.managerId = :manager ORDER BY p.id",
                        Programme.class).setParameter("manager", caller.account());
        return query.getResultStream().map(Programme::view).toList();
    }

    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public ProgrammeView get(String email, long id) {
        var caller = new Tenancy.Caller(accounts.idOf(email), context.isCallerInRole(Role.ADMIN_NAME));
        return Tenancy.programme(em, caller, id).view();
    }

    public ProgrammeView create(String email, ProgrammeDetails details) {
        Organisation organisation = Tenancy.organisation(em, accounts.idOf(email));
        check(details);
        var programme = new Programme(organisation, details);
        em.persist(programme);
        em.flush();
        return programme.view();
    }

    public ProgrammeView describe(String email, long id, ProgrammeDetails details) {
        Programme programme = Tenancy.programme(em, manager(email), id);
        check(details);
        programme.describe(details);
        return programme.view();
    }

    public void delete(String email, long id) {
        Programme programme = Tenancy.programme(em, manager(email), id);
        boolean inUse = uses("SELECT z.id FROM Zone z JOIN z.dayparts d WHERE d.programme = :id", id)
                || uses("SELECT z.id FROM Zone z JOIN z.exceptions e WHERE e.programme = :id", id);
        if (inUse) {
            throw BusinessRefusedException.programmeInUse(id);
        }
        em.remove(programme);
    }

    private boolean uses(String query, long programme) {
        return !em.createQuery(query, Long.class).setParameter("id", programme).setMaxResults(1).getResultList()
                .isEmpty();
    }

    private void check(ProgrammeDetails details) {
        if (details == null) {
            throw new InvalidInputException(Map.of("kind", "Send the programme, for example {\"name\": \"Daytime\", "
                    + "\"kind\": \"ROTATION\", \"genres\": [\"Jazz\"], \"noRepeatMinutes\": 60}."));
        }
        var problems = new TreeMap<>(details.problems());
        if (problems.isEmpty()) {
            checkWorks(details.works(), problems);
            checkArtists("includeArtists", details.includeArtists(), problems);
            checkArtists("excludeArtists", details.excludeArtists(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void checkWorks(List<Long> works, Map<String, String> problems) {
        for (int i = 0; i < works.size(); i++) {
            Work work = em.find(Work.class, works.get(i));
            if (work == null || work.state() != WorkState.AVAILABLE) {
                problems.put("works[" + i + "]", "There is no work " + works.get(i) + " on sale.");
            } else if (!work.licensedForBusiness()) {
                problems.put("works[" + i + "]", "\"" + work.title() + "\" (work " + work.id() + ") is not licensed "
                        + "for business use, so it cannot be played in a venue.");
            }
        }
    }

    private void checkArtists(String field, List<Long> artists, Map<String, String> problems) {
        var known = new HashSet<>(artists.isEmpty() ? List.of() : em.createQuery(
                        "SELECT a.id FROM Artist a WHERE a.id IN :ids", Long.class)
                .setParameter("ids", artists).getResultList());
        for (int i = 0; i < artists.size(); i++) {
            if (!known.contains(artists.get(i))) {
                problems.put(field + "[" + i + "]", "There is no artist " + artists.get(i) + ".");
            }
        }
    }

    private Tenancy.Caller manager(String email) {
        return Tenancy.Caller.manager(accounts.idOf(email));
    }
}
