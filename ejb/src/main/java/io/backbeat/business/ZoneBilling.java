package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.ledger.NotEnoughPointsException;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Renews the zones' monthly fees. A timer every 10 minutes charges the current UTC month to each zone not yet paid
 * for it, one zone per transaction, so a manager short of points holds up nobody else and is charged at the first
 * run after topping up. The month's key in {@code zone_fee} makes a second charge impossible, even with two nodes
 * running the timer at once. A zone left unpaid plays on for a grace period into the month
 * ({@link ZoneFees#playsUntil}), then falls silent until paid. An administrator may run it at once, for this month
 * or, to bill ahead, the next.
 */
@Stateless
@PermitAll
public class ZoneBilling {

    private static final Logger LOG = Logger.getLogger(ZoneBilling.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ZoneFees fees;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /** What one run did: zones charged now, zones already paid, and zones whose manager had too few points. */
    public record Run(String month, int charged, int alreadyPaid, List<Long> unpaid) {
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void renew() {
        Run run = bill(thisMonth());
        if (run.charged() > 0 || !run.unpaid().isEmpty()) {
            LOG.info(() -> "Zone fees for " + run.month() + ": " + run.charged() + " charged, "
                    + run.unpaid().size() + " unpaid (too few points): " + run.unpaid());
        }
    }

    /** Charges {@code month} (yyyy-MM: this UTC month or the next) to every zone not yet paid for it. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run run(String month) {
        YearMonth now = thisMonth();
        YearMonth asked;
        try {
            asked = month == null ? now : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Map.of("month", "Give the month as yyyy-MM, such as " + now + "."));
        }
        if (!asked.equals(now) && !asked.equals(now.plusMonths(1))) {
            throw new InvalidInputException(Map.of("month", "Zone fees are charged for this month (" + now
                    + ") or, ahead, the next (" + now.plusMonths(1) + "), not " + asked + "."));
        }
        return bill(asked);
    }

    private Run bill(YearMonth month) {
        List<Long> due = em.createQuery("SELECT z.id FROM Zone z WHERE NOT EXISTS (SELECT f FROM ZoneFee f"
                + " WHERE f.zone = z.id AND f.month = :month) ORDER BY z.id", Long.class)
                .setParameter("month", month.toString()).getResultList();
        long zones = em.createQuery("SELECT COUNT(z) FROM Zone z", Long.class).getSingleResult();
        ZoneBilling self = context.getBusinessObject(ZoneBilling.class);
        int charged = 0;
        List<Long> unpaid = new ArrayList<>();
        for (long zone : due) {
            try {
                if (self.charge(zone, month)) {
                    charged++;
                }
            } catch (NotEnoughPointsException e) {
                unpaid.add(zone);
            } catch (EJBException paidMeanwhile) {
                // Another node (or run) charged it first: the month's key refused the second row.
                LOG.fine(() -> "Zone " + zone + "'s " + month + " was paid meanwhile: " + paidMeanwhile);
            }
        }
        return new Run(month.toString(), charged, (int) (zones - due.size()), List.copyOf(unpaid));
    }

    /** Charges one zone's month in a transaction of its own; false if the zone is gone or already paid. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean charge(long zoneId, YearMonth month) {
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null || em.find(ZoneFee.class, new ZoneFee.Key(zoneId, month.toString())) != null) {
            return false;
        }
        fees.charge(zone, month);
        em.flush();
        return true;
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }
}
