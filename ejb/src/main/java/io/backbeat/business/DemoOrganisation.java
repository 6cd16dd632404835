package io.backbeat.business;

import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.ledger.AccountKind;
import io.backbeat.ledger.EntryKind;
import io.backbeat.ledger.Ledger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A newcomer sees background music working: on first start the demo venue manager gets an organisation with the
 * venue "Backbeat Café" in Berlin, its Lobby and Elevator zones (paid from points the store gives it, as any zone is
 * paid), a daytime and an evening rotation over the demo catalogue's business-licensed works, and a week's schedule
 * with the coming Christmas closed and New Year's Eve in the evening programme. The zones are left unbound: a
 * player is registered by its owner, never by the store. Off with backbeat.demo=false.
 */
@Startup
@Singleton
@DependsOn("DemoAccounts")
@PermitAll
public class DemoOrganisation {

    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());
    static final String MANAGER = "enterprise@backbeat.demo";
    /** What the manager still holds once both zones' first month is paid. */
    static final long POINTS_LEFT = 1_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Ledger ledger;

    @EJB
    ZoneFees fees;

    @Inject
    @ConfigProperty(name = "backbeat.demo", defaultValue = "true")
    boolean enabled;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void seed() {
        var manager = enabled ? accounts.find(MANAGER).orElse(null) : null;
        if (manager == null || !manager.roles().contains(Role.ENTERPRISE) || !em.createQuery(
                "SELECT o.id FROM Organisation o WHERE o.managerId = :manager", Long.class)
                .setParameter("manager", manager.id()).getResultList().isEmpty()) {
            return;
        }
        var organisation = new Organisation("Backbeat Demo Hospitality", manager.id(), clock.instant());
        em.persist(organisation);
        var venue = new Venue(organisation, new VenueDetails("Backbeat Café", "Oranienstraße 1", "10999", "Berlin",
                "DE", "Europe/Berlin"));
        em.persist(venue);
        var daytime = programme(organisation, "Daytime", List.of("Ambient", "Jazz", "Folk"));
        var evening = programme(organisation, "Evening", List.of("Jazz", "Electronic", "Pop"));
        em.flush();

        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        LocalDate today = LocalDate.now(clock.withZone(venue.timeZone()));
        LocalDate christmas = MonthDay.of(12, 25).atYear(today.getYear());
        christmas = christmas.plusDays(1).isBefore(today) ? christmas.plusYears(1) : christmas;
        LocalDate newYearsEve = christmas.withDayOfMonth(31);
        var lobby = zone(venue, "Lobby", List.of(
                new Daypart(weekdays, LocalTime.of(7, 0), LocalTime.of(18, 0), daytime.id()),
                new Daypart(weekdays, LocalTime.of(18, 0), LocalTime.of(23, 0), evening.id()),
                new Daypart(Set.of(DayOfWeek.SUNDAY), LocalTime.of(10, 0), LocalTime.of(18, 0), daytime.id())),
                List.of(new DateException(christmas, christmas.plusDays(1), null),
                        new DateException(newYearsEve, newYearsEve, evening.id())));
        // The elevator runs from six in the morning to midnight, every day: a daypart that ends on the next day.
        var elevator = zone(venue, "Elevator", List.of(new Daypart(EnumSet.allOf(DayOfWeek.class), LocalTime.of(6, 0),
                LocalTime.MIDNIGHT, daytime.id())), List.of());

        ledger.post(EntryKind.PROMOTION, "Welcome points for the demo venue manager", List.of(
                new Ledger.Leg(ledger.account(AccountKind.PROMOTIONS, AccountKind.HOUSE),
                        -(POINTS_LEFT + 2 * fees.pointsPerMonth())),
                new Ledger.Leg(ledger.account(AccountKind.CUSTOMER, manager.id()),
                        POINTS_LEFT + 2 * fees.pointsPerMonth())));
        YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        fees.charge(lobby, month);
        fees.charge(elevator, month);
        LOG.info(() -> "Demo organisation \"" + organisation.name() + "\" managed by " + MANAGER + ": venue \""
                + venue.name() + "\" (Europe/Berlin) with zones Lobby and Elevator, programmes Daytime and Evening");
    }

    private Programme programme(Organisation organisation, String name, List<String> genres) {
        var programme = new Programme(organisation, new ProgrammeDetails(name, "ROTATION", List.of(), genres,
                List.of(), List.of(), true, 5, 1, 0));
        em.persist(programme);
        return programme;
    }

    private Zone zone(Venue venue, String name, List<Daypart> dayparts, List<DateException> exceptions) {
        var zone = new Zone(venue, name, null, clock.instant());
        zone.schedule(dayparts, exceptions);
        em.persist(zone);
        em.flush();
        return zone;
    }
}
