package io.backbeat.business;

import io.backbeat.ledger.AccountKind;
import io.backbeat.ledger.EntryKind;
import io.backbeat.ledger.JournalEntry;
import io.backbeat.ledger.Ledger;
import io.backbeat.ledger.LedgerAccount;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A zone is paid for by the month, in points, from its organisation's manager's account to the retailer, in the
 * caller's transaction: the zone and its first month commit together or not at all. A month is paid once (the
 * primary key of {@code zone_fee}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ZoneFees {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @Inject
    @ConfigProperty(name = "backbeat.business.zone-points-per-month") // set in wildfly-config's business.cli
    long pointsPerMonth;

    @Inject
    @ConfigProperty(name = "backbeat.business.zone-grace-days", defaultValue = "7")
    int graceDays;

    @PostConstruct
    void checkFee() {
        if (pointsPerMonth < 0) {
            throw new IllegalStateException("backbeat.business.zone-points-per-month must be 0 or more, not "
                    + pointsPerMonth);
        }
        if (graceDays < 0 || graceDays > 27) {
            throw new IllegalStateException("backbeat.business.zone-grace-days must be 0 to 27, not " + graceDays);
        }
    }

    public long pointsPerMonth() {
        return pointsPerMonth;
    }

    /** Charges the zone's month to the manager; too few points refuses it ({@code NotEnoughPointsException}). */
    public void charge(Zone zone, YearMonth month) {
        Organisation organisation = zone.venue().organisation();
        JournalEntry entry = null;
        if (pointsPerMonth > 0) {
            LedgerAccount payer = ledger.lock(AccountKind.CUSTOMER, organisation.managerId());
            entry = ledger.post(EntryKind.ZONE_FEE, "Zone \"" + zone.name() + "\" at " + zone.venue().name() + ", "
                    + month, List.of(new Ledger.Leg(payer, -pointsPerMonth),
                    new Ledger.Leg(ledger.account(AccountKind.RETAILER, AccountKind.HOUSE), pointsPerMonth)));
        }
        em.persist(new ZoneFee(zone.id(), month.toString(), organisation.id(), entry == null ? null : entry.id(),
                pointsPerMonth));
    }

    /**
     * Until when the zone may play: the end (UTC) of the last month paid for, and the grace days after it, in which
     * {@link ZoneBilling} keeps trying to charge the new month. Never paid for: not at all.
     */
    public Instant playsUntil(Zone zone) {
        String paid = paidThrough(zone);
        return paid == null ? Instant.EPOCH : YearMonth.parse(paid).plusMonths(1).atDay(1).plusDays(graceDays)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last month paid for, as yyyy-MM; null if none. */
    public String paidThrough(Zone zone) {
        return em.createQuery("SELECT MAX(f.month) FROM ZoneFee f WHERE f.zone = :zone", String.class)
                .setParameter("zone", zone.id()).getSingleResult();
    }
}
