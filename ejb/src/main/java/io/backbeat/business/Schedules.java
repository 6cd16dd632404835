package io.backbeat.business;

import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.channel.TrackSource;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Zones' schedules, and what they play: the store runs the {@link Simulator} over the zone's schedule, its
 * programmes and the works they may draw from, seeded with the zone's id. Saving a schedule answers with the dead
 * air it will leave in the coming week, so a schedule that plays nothing never goes unnoticed.
 */
@Stateless
@RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
public class Schedules {

    /** How far a timeline may reach in one request, and how far ahead warnings look. */
    static final Duration MAX_TIMELINE = Duration.ofDays(7);
    static final Duration DEFAULT_TIMELINE = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    ZoneWorks works;

    @EJB
    ZonePlayers players;

    @EJB
    ZoneFees fees;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    public ScheduleView schedule(String email, long zoneId) {
        return view(Tenancy.zone(em, caller(email), zoneId));
    }

    @RolesAllowed(Role.ENTERPRISE_NAME)
    public ScheduleView plan(String email, long zoneId, ScheduleDetails details) {
        Zone zone = Tenancy.zone(em, Tenancy.Caller.manager(accounts.idOf(email)), zoneId);
        Set<Long> programmes = Set.copyOf(em.createQuery("SELECT p.id FROM Programme p WHERE p.organisation = :o",
                Long.class).setParameter("o", zone.venue().organisation()).getResultList());
        ZoneSchedule schedule = (details == null ? new ScheduleDetails(null, null) : details)
                .read(zone.venue().timeZone(), programmes);
        zone.schedule(schedule.dayparts(), schedule.exceptions());
        return view(zone);
    }

    /** What the zone plays from {@code from} (default now) to {@code to} (default a day later), at most a week. */
    public ZoneTimeline timeline(String email, long zoneId, String from, String to) {
        return timeline(Tenancy.zone(em, caller(email), zoneId), from, to);
    }

    /** The same, for the registered player bound to the zone, known by its stream ticket. */
    @PermitAll
    public ZoneTimeline timelineForPlayer(String ticket, long zoneId, String from, String to) {
        return timeline(players.zone(zoneId, ticket), from, to);
    }

    public NowPlaying now(String email, long zoneId) {
        return now(Tenancy.zone(em, caller(email), zoneId));
    }

    /** The same, for the registered player bound to the zone, known by its stream ticket. */
    @PermitAll
    public NowPlaying nowForPlayer(String ticket, long zoneId) {
        return now(players.zone(zoneId, ticket));
    }

    /**
     * What the zone's stream plays from {@code at}: the play sounding then, from as far into it as the schedule
     * is; empty in dead air, when the zone is closed, or once it is deleted. Open to the web layer's broadcaster,
     * which runs on threads of its own with nobody signed in; the stream servlet has checked the listener.
     */
    @PermitAll
    public Optional<TrackSource.Cue> cue(long zoneId, Instant at) {
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null) {
            return Optional.empty();
        }
        return simulate(zone, at, at.plusMillis(1)).playing(at).map(play -> new TrackSource.Cue(play.work(),
                Duration.between(play.start(), at), Duration.between(at, play.end())));
    }

    /** True when the zone's timeline plays {@code work} between now and a week from now. */
    @PermitAll
    public boolean playsSoon(Zone zone, long work) {
        Instant now = clock.instant();
        return simulate(zone, now, now.plus(MAX_TIMELINE)).plays().stream().anyMatch(play -> play.work() == work);
    }

    private ZoneTimeline timeline(Zone zone, String from, String to) {
        Instant start = instant(from, "from", clock.instant());
        Instant end = instant(to, "to", start.plus(DEFAULT_TIMELINE));
        if (!end.isAfter(start)) {
            throw new InvalidInputException(Map.of("to", "The timeline must end (" + end + ") after it starts ("
                    + start + ")."));
        }
        if (Duration.between(start, end).compareTo(MAX_TIMELINE) > 0) {
            throw new InvalidInputException(Map.of("to", "A timeline covers at most " + MAX_TIMELINE.toDays()
                    + " days; ask for the next stretch separately."));
        }
        return timeline(zone, start, end);
    }

    private NowPlaying now(Zone zone) {
        return expected(zone, clock.instant());
    }

    /** Whether the schedule has the zone play without a break from {@code from} to {@code to}. */
    public boolean playsThroughout(Zone zone, Instant from, Instant to) {
        return simulate(zone, from, to).playsThroughout(from, to);
    }

    /** What the schedule says the zone plays at {@code now}; the caller has checked who reaches the zone. */
    public NowPlaying expected(Zone zone, Instant now) {
        ZoneTimeline timeline = timeline(zone, now, now.plusMillis(1));
        if (!timeline.plays().isEmpty()) {
            return new NowPlaying(zone.id(), now, "PLAYING", timeline.plays().get(0), null);
        }
        if (!timeline.deadAir().isEmpty()) {
            return new NowPlaying(zone.id(), now, "DEAD_AIR", null, timeline.deadAir().get(0));
        }
        return new NowPlaying(zone.id(), now, "CLOSED", null, null);
    }

    private ZoneTimeline timeline(Zone zone, Instant from, Instant to) {
        ZoneSchedule schedule = zone.schedule();
        Timeline timeline = simulate(zone, from, to);
        Map<Long, ZoneWorks.Title> titles = works.titles(timeline.plays().stream().map(Timeline.Play::work)
                .collect(Collectors.toSet()));
        return new ZoneTimeline(zone.id(), schedule.timeZone().getId(), from, to,
                timeline.plays().stream().map(play -> new ZoneTimeline.Play(play.work(),
                        titles.get(play.work()).title(), titles.get(play.work()).artist(), play.programme(),
                        play.start(), play.end())).toList(),
                timeline.gaps().stream().map(gap -> new ZoneTimeline.DeadAir(gap.programme(), code(gap.reason()),
                        gap.start(), gap.end())).toList());
    }

    /** The simulator's answer, up to where the zone's fees are paid (with their grace): nothing plays after. */
    private Timeline simulate(Zone zone, Instant from, Instant to) {
        Instant paid = fees.playsUntil(zone);
        if (!paid.isAfter(from)) {
            return new Timeline(List.of(), List.of());
        }
        Instant until = to.isAfter(paid) ? paid : to;
        ZoneSchedule schedule = zone.schedule();
        Map<Long, ProgrammeRules> programmes = programmes(schedule);
        return Simulator.timeline(schedule, programmes, works.candidates(programmes.values()), zone.id(), from,
                until);
    }

    private Map<Long, ProgrammeRules> programmes(ZoneSchedule schedule) {
        var programmes = new HashMap<Long, ProgrammeRules>();
        schedule.dayparts().forEach(daypart -> programmes.computeIfAbsent(daypart.programme(),
                id -> em.find(Programme.class, id).rules()));
        schedule.exceptions().stream().filter(exception -> !exception.closed()).forEach(exception ->
                programmes.computeIfAbsent(exception.programme(), id -> em.find(Programme.class, id).rules()));
        return programmes;
    }

    private ScheduleView view(Zone zone) {
        ZoneSchedule schedule = zone.schedule();
        return new ScheduleView(zone.id(), schedule.timeZone().getId(),
                schedule.dayparts().stream().map(daypart -> new ScheduleView.Daypart(daypart.days().stream()
                        .sorted().map(DayOfWeek::name).toList(), daypart.start().toString(),
                        daypart.end().toString(), daypart.programme())).toList(),
                schedule.exceptions().stream().map(exception -> new ScheduleView.DateException(
                        exception.first().toString(), exception.last().toString(), exception.programme())).toList(),
                warnings(zone));
    }

    /** The dead air of the coming week, one warning per programme and reason. */
    private List<ScheduleView.Warning> warnings(Zone zone) {
        if (zone.schedule().dayparts().isEmpty() && zone.schedule().exceptions().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        ZoneTimeline week = timeline(zone, now, now.plus(MAX_TIMELINE));
        var grouped = new LinkedHashMap<List<Object>, List<ZoneTimeline.DeadAir>>();
        week.deadAir().stream().sorted(Comparator.comparing(ZoneTimeline.DeadAir::start)).forEach(gap ->
                grouped.computeIfAbsent(List.of(gap.programme(), gap.reason()), key -> new ArrayList<>())
                        .add(gap));
        return grouped.values().stream().map(gaps -> {
            ZoneTimeline.DeadAir first = gaps.get(0);
            long seconds = gaps.stream().mapToLong(gap -> Duration.between(gap.start(), gap.end()).toSeconds()).sum();
            String name = em.find(Programme.class, first.programme()).name();
            String why = first.reason().equals(code(Timeline.DeadAir.NO_WORKS))
                    ? "no work on sale that is licensed for business use passes its filters"
                    : "its no-repeat and artist-separation rules hold back every work it may play; add works or "
                            + "loosen the rules";
            return new ScheduleView.Warning(first.reason(), first.programme(), String.format(Locale.ENGLISH,
                    "Programme \"%s\" leaves %s of dead air in the coming week, first at %s (%s): %s.", name,
                    length(seconds), first.start().atZone(zone.venue().timeZone()).toLocalDateTime(),
                    zone.venue().timeZone().getId(), why), seconds, first.start());
        }).toList();
    }

    private static String length(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ENGLISH, "%d h %02d min", seconds / 3600, seconds % 3600 / 60)
                : String.format(Locale.ENGLISH, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static String code(Timeline.DeadAir reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Instant instant(String text, String field, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Map.of(field, "\"" + text + "\" is not an instant: use ISO 8601 in UTC, "
                    + "such as 2026-12-09T13:00:00Z."));
        }
    }

    private Tenancy.Caller caller(String email) {
        return new Tenancy.Caller(accounts.idOf(email), context.isCallerInRole(Role.ADMIN_NAME));
    }
}
