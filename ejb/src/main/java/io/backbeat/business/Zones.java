package io.backbeat.business;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.keys.Players;
import io.backbeat.ledger.Idempotency;
import io.backbeat.ledger.Retries;
import io.backbeat.platform.InvalidInputException;
import io.backbeat.platform.StreamEnds;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A venue's zones. Creating one pays its first month (UTC) from the manager's points in the same transaction, once
 * per Idempotency-Key, as every points-moving request (the same key replays the first answer); too few points
 * creates nothing. A zone is bound to one of the manager's active registered players, or left unbound until there
 * is one. Moving a zone to another player, or deleting it, takes effect at once: its live stream ends on commit, so
 * the old player hears nothing more.
 */
@Stateless
@RolesAllowed(Role.ENTERPRISE_NAME)
public class Zones {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Idempotency idempotency;

    @EJB
    ZoneFees fees;

    @EJB
    Players players;

    @EJB
    ZonePlayers zonePlayers;

    @Inject
    StreamEnds streamEnds;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public List<ZoneView> list(String email, long venueId) {
        Venue venue = Tenancy.venue(em, caller(email), venueId);
        return em.createQuery("SELECT z FROM Zone z WHERE z.venue = :venue ORDER BY z.id", Zone.class)
                .setParameter("venue", venue).getResultStream().map(this::view).toList();
    }

    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public ZoneView get(String email, long id) {
        return view(Tenancy.zone(em, caller(email), id));
    }

    /** The zone, for the registered player bound to it, known by its stream ticket. */
    @PermitAll
    public ZoneView bound(String ticket, long id) {
        return view(zonePlayers.zone(id, ticket));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ZoneView create(String email, long venueId, ZoneDetails details, String key) {
        return Retries.untilSettled(() -> context.getBusinessObject(Zones.class)
                .createOnce(email, venueId, details, key));
    }

    public ZoneView createOnce(String email, long venueId, ZoneDetails details, String key) {
        Account manager = accounts.require(email);
        String name = checkedName(details);
        var replay = idempotency.claim(manager.id(), key, "zone \"" + name + "\" in venue " + venueId + " with "
                + (details.player() == null ? "no player" : "player " + details.player()));
        if (replay.isPresent()) {
            return view(Tenancy.zone(em, Tenancy.Caller.manager(manager.id()), replay.get().id()));
        }
        Venue venue = Tenancy.venue(em, Tenancy.Caller.manager(manager.id()), venueId);
        checkPlayer(email, details.player(), null);
        var zone = new Zone(venue, name, details.player(), clock.instant());
        em.persist(zone);
        flush(details.player());
        fees.charge(zone, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        idempotency.complete(manager.id(), key, new Idempotency.Result(zone.id(), true));
        return view(zone);
    }

    /** Renames the zone and binds it to a player, or unbinds it (player null). */
    public ZoneView describe(String email, long id, ZoneDetails details) {
        Zone zone = Tenancy.zone(em, Tenancy.Caller.manager(accounts.idOf(email)), id);
        String name = checkedName(details);
        checkPlayer(email, details.player(), zone);
        if (!Objects.equals(zone.player(), details.player())) {
            streamEnds.endOnCommit(Zone.stream(id));
        }
        zone.describe(name, details.player());
        flush(details.player());
        return view(zone);
    }

    /** Deletes the zone and its schedule; the months paid stay paid in the ledger. */
    public void delete(String email, long id) {
        em.remove(Tenancy.zone(em, Tenancy.Caller.manager(accounts.idOf(email)), id));
        streamEnds.endOnCommit(Zone.stream(id));
    }

    private void checkPlayer(String email, Long player, Zone zone) {
        if (player == null) {
            return;
        }
        if (!players.activeOf(email, player)) {
            throw new InvalidInputException(Map.of("player", "Player " + player + " is not an active registered "
                    + "player of yours: register one (POST /api/me/players) and bind that, or leave the zone "
                    + "unbound."));
        }
        boolean elsewhere = em.createQuery("SELECT z FROM Zone z WHERE z.player = :player", Zone.class)
                .setParameter("player", player).getResultStream().anyMatch(other -> other != zone);
        if (elsewhere) {
            throw BusinessRefusedException.playerTaken(player);
        }
    }

    private void flush(Long player) {
        try {
            em.flush();
        } catch (PersistenceException boundAtTheSameMoment) {
            throw BusinessRefusedException.playerTaken(player);
        }
    }

    private static String checkedName(ZoneDetails details) {
        String name = details == null || details.name() == null ? "" : details.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInputException(Map.of("name", "Give the zone a name of 1 to 120 characters, such as "
                    + "\"Lobby\" or \"Elevator 2\"."));
        }
        return name;
    }

    private ZoneView view(Zone zone) {
        return zone.view(fees.paidThrough(zone));
    }

    private Tenancy.Caller caller(String email) {
        return new Tenancy.Caller(accounts.idOf(email), context.isCallerInRole(Role.ADMIN_NAME));
    }
}
