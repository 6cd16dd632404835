package io.backbeat.business;

import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.catalog.Work;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Monitoring and control of zones: a zone's player reports what it plays in a heartbeat and takes the manager's
 * commands (skip, pause, resume, volume) in the answer; the dashboard reads each zone's status, with a dead-air
 * alert worked out on read from the last heartbeat and the schedule, so no timer has to watch the zones.
 */
@Stateless
@RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
public class ZoneControl {

    /** A zone is online while its player's last heartbeat is younger than this (players beat every 10 s or so). */
    public static final Duration ONLINE_WITHIN = Duration.ofSeconds(30);

    /**
     * A zone that should have been playing for longer than this, and has been silent (or unheard) as long, is in
     * dead air.
     */
    public static final Duration DEAD_AIR_AFTER = Duration.ofSeconds(60);

    static final String DEAD_AIR = "DEAD_AIR";

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    ZonePlayers players;

    @EJB
    Schedules schedules;

    @EJB
    ZoneWorks works;

    @EJB
    ZoneFees fees;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /**
     * The bound player's heartbeat, known by its ticket for the zone: its acknowledged commands are done with, its
     * state is kept, and the answer carries the commands still pending. Bad input changes nothing.
     */
    @PermitAll
    public HeartbeatReply heartbeat(String ticket, long zoneId, Heartbeat heartbeat) {
        Zone zone = players.zone(zoneId, ticket);
        Heartbeat beat = checked(heartbeat);
        List<ZoneCommand> acknowledged = acknowledged(zone, beat.acknowledged());
        Instant now = clock.instant();
        acknowledged.forEach(command -> command.acknowledge(now));
        ZoneHeartbeat last = em.find(ZoneHeartbeat.class, zone.id());
        if (last == null) {
            last = new ZoneHeartbeat(zone.id());
            last.receive(zone.player(), now, beat.work(), beat.positionMs(), beat.paused(), beat.volume());
            em.persist(last);
        } else {
            last.receive(zone.player(), now, beat.work(), beat.positionMs(), beat.paused(), beat.volume());
        }
        return new HeartbeatReply(zone.id(), now, pending(zone.id()).stream().map(ZoneCommand::view).toList());
    }

    /** Queues a command for the zone's player, which takes it with its next heartbeat. */
    @RolesAllowed(Role.ENTERPRISE_NAME)
    public ZoneCommandView command(String email, long zoneId, ZoneCommandDetails details) {
        Zone zone = Tenancy.zone(em, Tenancy.Caller.manager(accounts.idOf(email)), zoneId);
        ZoneCommand.Action action = action(details);
        Integer volume = details.volume();
        if (action == ZoneCommand.Action.VOLUME && (volume == null || volume < 0 || volume > 100)) {
            throw new InvalidInputException(Map.of("volume", "Give the volume as a whole number from 0 (silent) to "
                    + "100 (full)."));
        }
        if (action != ZoneCommand.Action.VOLUME && volume != null) {
            throw new InvalidInputException(Map.of("volume", "Only the volume command takes a volume; send "
                    + action.name().toLowerCase(Locale.ROOT) + " without one."));
        }
        if (zone.player() == null) {
            throw BusinessRefusedException.zoneUnbound(zoneId);
        }
        var command = new ZoneCommand(zone.id(), action, volume, clock.instant());
        em.persist(command);
        em.flush();
        return command.view();
    }

    /** The venue's zones as the dashboard shows them, oldest zone first. */
    public List<ZoneStatus> status(String email, long venueId) {
        Venue venue = Tenancy.venue(em, caller(email), venueId);
        Instant now = clock.instant();
        List<Zone> zones = em.createQuery("SELECT z FROM Zone z WHERE z.venue = :venue ORDER BY z.id", Zone.class)
                .setParameter("venue", venue).getResultList();
        return zones.stream().map(zone -> status(zone, now)).toList();
    }

    private ZoneStatus status(Zone zone, Instant now) {
        ZoneHeartbeat last = em.find(ZoneHeartbeat.class, zone.id());
        if (last != null && !Long.valueOf(last.player()).equals(zone.player())) {
            last = null; // the zone moved to another player, which has not spoken yet
        }
        NowPlaying expected = schedules.expected(zone, now);
        Instant silentSince = last == null ? null : last.silentSince(now);
        boolean silentTooLong = last == null || silentSince != null
                && Duration.between(silentSince, now).compareTo(DEAD_AIR_AFTER) > 0;
        // Music expected for the whole last minute: a zone that has just opened gets its minute to start.
        boolean shouldPlay = expected.state().equals("PLAYING")
                && schedules.playsThroughout(zone, now.minus(DEAD_AIR_AFTER), now);
        int pending = pending(zone.id()).size();
        return new ZoneStatus(zone.id(), zone.name(), zone.player(), last != null && last.isOnline(now),
                last == null ? null : last.receivedAt(), last == null ? null : reported(last), expected,
                shouldPlay && silentTooLong ? DEAD_AIR : null, silentSince, pending, fees.paidThrough(zone));
    }

    private ZoneStatus.Reported reported(ZoneHeartbeat last) {
        ZoneWorks.Title title = last.work() == null ? null : works.titles(Set.of(last.work())).get(last.work());
        return new ZoneStatus.Reported(last.work(), title == null ? null : title.title(),
                title == null ? null : title.artist(), last.positionMs(), last.paused(), last.volume());
    }

    private List<ZoneCommand> pending(long zoneId) {
        return em.createQuery("SELECT c FROM ZoneCommand c WHERE c.zoneId = :zone AND c.acknowledgedAt IS NULL "
                + "ORDER BY c.id", ZoneCommand.class).setParameter("zone", zoneId).getResultList();
    }

    private List<ZoneCommand> acknowledged(Zone zone, List<Long> ids) {
        var commands = new ArrayList<ZoneCommand>();
        for (Long id : new HashSet<>(ids)) {
            ZoneCommand command = id == null ? null : em.find(ZoneCommand.class, id);
            if (command == null || command.zoneId() != zone.id()) {
                throw new InvalidInputException(Map.of("acknowledged", "Command " + id + " is not one of zone "
                        + zone.id() + "'s; acknowledge only the commands a heartbeat answer gave."));
            }
            commands.add(command);
        }
        return commands;
    }

    private Heartbeat checked(Heartbeat beat) {
        if (beat == null) {
            throw new InvalidInputException(Map.of("volume", "Send the player's state: work (or null), positionMs, "
                    + "paused and volume."));
        }
        if (beat.volume() == null || beat.volume() < 0 || beat.volume() > 100) {
            throw new InvalidInputException(Map.of("volume", "Give the player's volume as a whole number from 0 to "
                    + "100."));
        }
        if (beat.positionMs() != null && beat.positionMs() < 0) {
            throw new InvalidInputException(Map.of("positionMs", "The position in the work cannot be negative."));
        }
        if (beat.work() != null && em.find(Work.class, beat.work()) == null) {
            throw new InvalidInputException(Map.of("work", "Work " + beat.work() + " is not in the catalogue; send "
                    + "null when nothing plays."));
        }
        return new Heartbeat(beat.work(), beat.positionMs() == null ? 0 : beat.positionMs(),
                Boolean.TRUE.equals(beat.paused()), beat.volume(),
                beat.acknowledged() == null ? List.of() : beat.acknowledged());
    }

    private static ZoneCommand.Action action(ZoneCommandDetails details) {
        String name = details == null || details.action() == null ? "" : details.action().strip();
        try {
            return ZoneCommand.Action.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("action", "\"" + name + "\" is not a command: use skip, pause, "
                    + "resume or volume."));
        }
    }

    private Tenancy.Caller caller(String email) {
        return new Tenancy.Caller(accounts.idOf(email), context.isCallerInRole(Role.ADMIN_NAME));
    }
}
