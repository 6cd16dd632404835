package io.backbeat.purchase;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.catalog.NotInCatalogException;
import io.backbeat.catalog.Work;
import io.backbeat.catalog.WorkState;
import io.backbeat.keys.Players;
import io.backbeat.ledger.AccountKind;
import io.backbeat.ledger.EntryKind;
import io.backbeat.ledger.Idempotency;
import io.backbeat.ledger.JournalEntry;
import io.backbeat.ledger.Ledger;
import io.backbeat.ledger.LedgerAccount;
import io.backbeat.ledger.Retries;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spending points on works. A purchase is one transaction: the key looked up, the customer's points locked, the
 * licence checked (one already held is handed back free), the customer debited and the artist, the distributor and
 * the retailer credited by the configured split in one balanced entry, the licence granted, the key kept with it.
 * Only a customer with a registered player may buy, since a purchase is delivered to one. Too few points refuses it
 * and nothing is kept, the key included, so the same request can be sent again after buying points.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class Purchases {

    /** What a purchase answered: the licence, and whether this request granted it (201) or it was held (200). */
    public record Outcome(LicenceStatus licence, boolean granted) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Ledger ledger;

    @EJB
    Idempotency idempotency;

    @EJB
    Players players;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "backbeat.split.artist-percent", defaultValue = "80")
    int artistPercent;

    @Inject
    @ConfigProperty(name = "backbeat.split.distributor-percent", defaultValue = "10")
    int distributorPercent;

    // Microseconds, as the database keeps them: a replayed answer must read exactly like the first one.
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @PostConstruct
    void checkSplit() {
        if (artistPercent < 0 || distributorPercent < 0 || artistPercent + distributorPercent > 100) {
            throw new IllegalStateException("backbeat.split.artist-percent (" + artistPercent + ") and "
                    + "backbeat.split.distributor-percent (" + distributorPercent + ") must be shares of 100");
        }
    }

    /** Buys a work, at most once per Idempotency-Key. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome buy(String email, long workId, String key) {
        return Retries.untilSettled(() -> self().buyOnce(email, workId, key));
    }

    public Outcome buyOnce(String email, long workId, String key) {
        long customerId = accounts.idOf(email);
        String request = "purchase of work " + workId;
        Optional<Idempotency.Result> replay = idempotency.replay(customerId, key, request);
        if (replay.isPresent()) {
            return new Outcome(em.find(Licence.class, replay.get().id()).status(), replay.get().created());
        }
        if (!players.canReceivePurchases(customerId)) {
            throw new RegisteredPlayerRequiredException();
        }
        Work work = em.createQuery("SELECT w FROM Work w JOIN FETCH w.artist WHERE w.id = :id", Work.class)
                .setParameter("id", workId)
                .setHint("org.hibernate.readOnly", true) // no snapshot kept, nor compared at each flush
                .getResultList().stream().findFirst()
                .filter(found -> found.state() == WorkState.AVAILABLE)
                .orElseThrow(() -> new NotInCatalogException("work", workId));
        LedgerAccount points = ledger.lock(AccountKind.CUSTOMER, customerId);
        Account customer = em.getReference(Account.class, customerId);
        Licence licence = em.createQuery("SELECT l FROM Licence l WHERE l.customer = :customer AND l.work = :work",
                        Licence.class)
                .setParameter("customer", customer)
                .setParameter("work", work)
                .getResultList().stream().findFirst().orElse(null);
        boolean granted = licence == null || !licence.held();
        if (granted) {
            JournalEntry entry = work.pricePoints() == 0 ? null : ledger.postSale(work.id(),
                    "\"" + work.title() + "\" by " + work.artist().name(), shares(points, work));
            if (licence == null) {
                licence = new Licence(customer, work, entry, work.pricePoints(), clock.instant());
                em.persist(licence);
            } else {
                licence.grant(entry, work.pricePoints(), clock.instant());
            }
        }
        idempotency.record(customerId, key, request, new Idempotency.Result(licence.id(), granted));
        return new Outcome(licence.status(), granted);
    }

    /** Refunds a licence: the purchase's entry reversed, the points back with the customer, the licence revoked. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LicenceStatus refund(String adminEmail, long licenceId, String key) {
        return Retries.untilSettled(() -> self().refundOnce(adminEmail, licenceId, key));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public LicenceStatus refundOnce(String adminEmail, long licenceId, String key) {
        Account admin = accounts.require(adminEmail);
        Optional<Idempotency.Result> replay = idempotency.claim(admin.id(), key, "refund of licence " + licenceId);
        if (replay.isPresent()) {
            return em.find(Licence.class, replay.get().id()).status();
        }
        Licence licence = Optional.ofNullable(em.find(Licence.class, licenceId))
                .orElseThrow(() -> new LicenceNotFoundException(licenceId));
        // The customer's points locked first, as a purchase does: two refunds of one licence (or a refund and a
        // purchase buying it back) wait for each other, and the second then sees the licence as the first left it.
        ledger.lock(AccountKind.CUSTOMER, licence.customer().id());
        em.refresh(licence);
        if (!licence.held()) {
            throw new AlreadyRefundedException(licenceId);
        }
        if (licence.purchase() != null) {
            ledger.reverse(licence.purchase(), EntryKind.REFUND, "Refund of \"" + licence.work().title() + "\"");
        }
        licence.revoke(clock.instant());
        idempotency.complete(admin.id(), key, new Idempotency.Result(licence.id(), true));
        return licence.status();
    }

    /** The customer's licences, newest first, refunded ones included. */
    public List<LicenceStatus> mine(String email) {
        return em.createQuery("SELECT l FROM Licence l WHERE l.customer = :customer ORDER BY l.grantedAt DESC, l.id DESC",
                        Licence.class)
                .setParameter("customer", em.getReference(Account.class, accounts.idOf(email)))
                .getResultStream()
                .map(Licence::status)
                .toList();
    }

    /** The customer's debit and each party's share; the retailer takes what rounding leaves, so it always balances. */
    private List<Ledger.Leg> shares(LedgerAccount customer, Work work) {
        long price = work.pricePoints();
        long artist = price * artistPercent / 100;
        long distributor = price * distributorPercent / 100;
        var legs = new ArrayList<Ledger.Leg>(List.of(new Ledger.Leg(customer, -price)));
        share(legs, ledger.account(AccountKind.ARTIST, work.artist().id()), artist);
        share(legs, ledger.account(AccountKind.DISTRIBUTOR, AccountKind.HOUSE), distributor);
        share(legs, ledger.account(AccountKind.RETAILER, AccountKind.HOUSE), price - artist - distributor);
        return legs;
    }

    private static void share(List<Ledger.Leg> legs, LedgerAccount account, long points) {
        if (points > 0) {
            legs.add(new Ledger.Leg(account, points));
        }
    }

    private Purchases self() {
        return context.getBusinessObject(Purchases.class);
    }
}
