package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.account.Accounts;
import io.backbeat.catalog.Artist;
import io.backbeat.catalog.Musicians;
import io.backbeat.catalog.Work;
import io.backbeat.keys.Players;
import io.backbeat.keys.PublicKeys;
import io.backbeat.platform.InvalidInputException;
import io.backbeat.purchase.EarningsPeriod;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Proof of play. A zone's bound player uploads its signed, hash-chained play log in batches; a batch must continue
 * the chain the store holds for that zone and player exactly, or nothing of it is stored. Reports read the stored
 * plays: a venue's for its manager (also as CSV for royalty societies), an artist's for the musician.
 */
@Stateless
@RolesAllowed(Role.ENTERPRISE_NAME)
public class Plays {

    /** The CSV's columns, in order: what royalty societies ask for. */
    public static final List<String> CSV_COLUMNS = List.of("title", "artist", "album", "isrc", "start",
            "duration_seconds", "venue", "zone");

    /**
     * How far ahead of the store's clock a player's clock may be before its plays count as "in the future", in
     * minutes (the venue-mode test's store allows its player's simulated hour).
     */
    @Inject
    @ConfigProperty(name = "backbeat.business.play-clock-skew-minutes", defaultValue = "1")
    long clockSkewMinutes;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Players players;

    @EJB
    Musicians musicians;

    @EJB
    ZonePlayers zonePlayers;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /**
     * Stores the batch's records that are new, uploaded by the zone's manager. The player uploads with its own
     * ticket ({@link #uploadForPlayer}); this path stays for a manager who carries a player's log in by hand (a
     * player that is gone, or one too old to sign tickets), and the records prove themselves either way.
     */
    public PlayReceipt upload(String email, long zoneId, PlayBatch batch) {
        Zone zone = Tenancy.zone(em, Tenancy.Caller.manager(accounts.idOf(email)), zoneId);
        // One upload per zone at a time, so two batches cannot both extend the same head.
        em.lock(zone, LockModeType.PESSIMISTIC_WRITE);
        if (zone.player() == null) {
            throw PlayRefusedException.zoneUnbound(zoneId);
        }
        long playerId = zone.player();
        PublicKeys.PlayerKey key = players.activeKey(email, playerId)
                .orElseThrow(() -> PlayRefusedException.playerInactive(playerId));
        return store(zone, playerId, key, batch);
    }

    /**
     * The same, uploaded by the zone's bound player, known by its ticket for the zone: an unattended venue player
     * holds its own key, not its manager's password. The batch must name that player.
     */
    @PermitAll
    public PlayReceipt uploadForPlayer(String ticket, long zoneId, PlayBatch batch) {
        ZonePlayers.Bound bound = zonePlayers.bound(zoneId, ticket);
        Zone zone = bound.zone();
        em.lock(zone, LockModeType.PESSIMISTIC_WRITE);
        long playerId = bound.player().id();
        PublicKeys.PlayerKey key = bound.player().usableKey()
                .orElseThrow(() -> PlayRefusedException.playerInactive(playerId));
        return store(zone, playerId, key, batch);
    }

    /** Checks the batch against the chain the store holds for the zone and its player, and keeps what is new. */
    private PlayReceipt store(Zone zone, long playerId, PublicKeys.PlayerKey key, PlayBatch batch) {
        long zoneId = zone.id();
        if (batch == null || !key.fingerprint().equals(batch.player())) {
            throw PlayRefusedException.notZonePlayer(zoneId, batch == null ? "(none named)" : batch.player());
        }
        long first = firstSequence(batch);
        Map<Long, String> stored = storedHashes(zoneId, playerId, first - 1,
                first + (batch.plays() == null ? 0 : batch.plays().size()));
        long head = headSequence(zoneId, playerId);
        String previous;
        if (first == 1) {
            previous = PlayRecord.genesis(zoneId, key.fingerprint());
        } else if (first - 1 <= head) {
            previous = stored.get(first - 1);
        } else {
            throw PlayRefusedException.gap(zoneId, head + 1);
        }
        try {
            batch.verify(key.signing(), zoneId, first, previous);
        } catch (PlayLogException e) {
            throw PlayRefusedException.invalid(e.code(), e.getMessage());
        }
        Instant latest = clock.instant().plus(Duration.ofMinutes(clockSkewMinutes));
        int added = 0;
        for (SignedPlay signed : batch.plays()) {
            PlayRecord play = signed.play();
            if (play.end().isAfter(latest)) {
                throw PlayRefusedException.invalid("play-in-future", "Play record " + play.sequence() + " ends at "
                        + play.end() + ", after the store's clock; is the player's clock right?");
            }
            Work work = em.find(Work.class, play.work());
            if (work == null) {
                throw PlayRefusedException.invalid("work-unknown", "Play record " + play.sequence() + " names work "
                        + play.work() + ", which is not in the catalogue.");
            }
            if (play.sequence() <= head) {
                if (!play.hash().equals(stored.get(play.sequence()))) {
                    throw PlayRefusedException.forked(play.sequence());
                }
            } else {
                em.persist(new Play(zone, playerId, work, signed));
                added++;
            }
        }
        PlayRecord last = batch.plays().get(batch.plays().size() - 1).play();
        long newHead = Math.max(head, last.sequence());
        String headHash = newHead == last.sequence() ? last.hash()
                : storedHashes(zoneId, playerId, head, head).get(head);
        return new PlayReceipt(zoneId, batch.plays().size(), added, newHead, headHash);
    }

    /** A venue's plays in the period, for its manager (or an administrator). */
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public PlayReport venue(String email, long venueId, EarningsPeriod period) {
        Venue venue = Tenancy.venue(em, new Tenancy.Caller(accounts.idOf(email),
                context.isCallerInRole(Role.ADMIN_NAME)), venueId);
        return report(period, "p.venueId = :owner", venue.id());
    }

    /** The same plays as CSV (RFC 4180, a header line, oldest first), with what royalty societies ask for. */
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public String venueCsv(String email, long venueId, EarningsPeriod period) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).build())) {
            for (PlayReport.Entry play : venue(email, venueId, period).plays()) {
                csv.printRecord(play.title(), play.artist(), play.album(), play.isrc(), play.start(),
                        play.durationSeconds(), play.venueName(), play.zoneName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** What a venue's CSV of the period is called when it is saved. */
    public static String csvName(long venueId, EarningsPeriod period) {
        return "backbeat-plays-venue-" + venueId + "-" + period.from() + "-to-" + period.to() + ".csv";
    }

    /** Where the musician's works played in the period; nothing for a musician without an artist yet. */
    @RolesAllowed(Role.MUSICIAN_NAME)
    public PlayReport artist(String email, EarningsPeriod period) {
        Optional<Artist> artist = musicians.artistOf(email);
        return artist.map(a -> report(period, "w.artist.id = :owner", a.id()))
                .orElse(new PlayReport(period.from().toString(), period.to().toString(), List.of(), List.of()));
    }

    private PlayReport report(EarningsPeriod period, String whose, long owner) {
        TypedQuery<Object[]> query = em.createQuery("SELECT w.id, w.title, a.name, al.title, p.startedAt,"
                + " p.durationMillis, p.online, p.venueId, v.name, v.city, p.zoneId, p.zoneName FROM Play p"
                + " JOIN p.work w JOIN w.artist a LEFT JOIN w.album al LEFT JOIN Venue v ON v.id = p.venueId"
                + " WHERE " + whose + " AND p.startedAt >= :start AND p.startedAt < :end ORDER BY p.startedAt, p.id",
                Object[].class);
        List<PlayReport.Entry> plays = query.setParameter("owner", owner)
                .setParameter("start", period.start()).setParameter("end", period.end())
                .getResultStream()
                .map(row -> new PlayReport.Entry((Long) row[0], (String) row[1], (String) row[2],
                        row[3] == null ? "" : (String) row[3], "", row[4].toString(),
                        Math.round((Long) row[5] / 1000.0), (Boolean) row[6], (Long) row[7], (String) row[8],
                        (String) row[9], (Long) row[10], (String) row[11]))
                .toList();
        var counts = new LinkedHashMap<Long, Long>();
        var titles = new HashMap<Long, String>();
        plays.forEach(play -> {
            counts.merge(play.work(), 1L, Long::sum);
            titles.put(play.work(), play.title());
        });
        return new PlayReport(period.from().toString(), period.to().toString(), plays, counts.entrySet().stream()
                .map(count -> new PlayReport.WorkCount(count.getKey(), titles.get(count.getKey()), count.getValue()))
                .toList());
    }

    private static long firstSequence(PlayBatch batch) {
        if (batch.plays() == null || batch.plays().isEmpty() || batch.plays().get(0) == null
                || batch.plays().get(0).play() == null) {
            throw new InvalidInputException(Map.of("plays", "A batch holds at least one play record."));
        }
        // A sequence below 1 is checked against the genesis, which breaks the chain: refused with the reason.
        return Math.max(1, batch.plays().get(0).play().sequence());
    }

    private long headSequence(long zoneId, long playerId) {
        Long head = em.createQuery("SELECT MAX(p.sequence) FROM Play p WHERE p.zoneId = :zone AND p.playerId = "
                        + ":player", Long.class)
                .setParameter("zone", zoneId).setParameter("player", playerId).getSingleResult();
        return head == null ? 0 : head;
    }

    private Map<Long, String> storedHashes(long zoneId, long playerId, long from, long to) {
        var hashes = new HashMap<Long, String>();
        em.createQuery("SELECT p.sequence, p.hash FROM Play p WHERE p.zoneId = :zone AND p.playerId = :player"
                        + " AND p.sequence BETWEEN :from AND :to", Object[].class)
                .setParameter("zone", zoneId).setParameter("player", playerId)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(row -> hashes.put((Long) row[0], (String) row[1]));
        return hashes;
    }
}
