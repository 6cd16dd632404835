package io.backbeat.payment;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.ledger.AccountKind;
import io.backbeat.ledger.EntryKind;
import io.backbeat.ledger.Idempotency;
import io.backbeat.ledger.JournalEntry;
import io.backbeat.ledger.Ledger;
import io.backbeat.ledger.LedgerAccount;
import io.backbeat.ledger.Retries;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Buying points with a card. A top-up is one transaction: the key claimed, the card charged, the points posted from
 * payment clearing to the customer, the top-up recorded, the key completed. A decline rolls it all back, the key
 * included, so the customer can fix the card and send the same request again. The provider gets its own key derived
 * from the customer, the client's key and the request: a retry after a lost answer replays the provider's charge
 * instead of charging twice, and a corrected card is a new charge.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class TopUps {

    private static final Logger LOG = Logger.getLogger(TopUps.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Ledger ledger;

    @EJB
    Idempotency idempotency;

    @Inject
    PaymentGateway gateway;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "backbeat.points.bundles", defaultValue = "500:499,1200:999,3000:1999")
    String bundleConfig;

    @Inject
    @ConfigProperty(name = "backbeat.points.currency", defaultValue = "EUR")
    String currency;

    private List<Bundle> bundles;

    // Microseconds, as the database keeps them: a replayed answer must read exactly like the first one.
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @PostConstruct
    void readBundles() {
        bundles = Bundle.parse(bundleConfig, currency);
    }

    /** What a customer can buy, smallest first. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Bundle> bundles() {
        return bundles;
    }

    /** Buys a bundle of points with a card, at most once per Idempotency-Key. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TopUpReceipt buy(String email, Long bundle, Card.Details card, String key) {
        return Retries.untilSettled(() -> self().buyOnce(email, bundle, card, key));
    }

    public TopUpReceipt buyOnce(String email, Long points, Card.Details details, String key) {
        var problems = new TreeMap<String, String>();
        Optional<Bundle> bundle = bundle(points, problems);
        Card card = Card.check(details, YearMonth.now(clock.withZone(ZoneOffset.UTC)), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account customer = accounts.require(email);
        Optional<Idempotency.Result> replay = idempotency.claim(customer.id(), key, "top-up of " + points
                + " points with the card ending " + card.last4() + " expiring " + card.expiry());
        if (replay.isPresent()) {
            return em.find(TopUp.class, replay.get().id()).receipt();
        }
        Bundle bought = bundle.orElseThrow();
        PaymentGateway.ApprovedCharge charge = gateway.charge(new PaymentGateway.ChargeRequest(bought.priceCents(),
                bought.currency(), card, bought.points() + " Backbeat points"), providerKey(customer, key, bought, card));
        LedgerAccount wallet = ledger.account(AccountKind.CUSTOMER, customer.id());
        JournalEntry entry = ledger.post(EntryKind.TOP_UP, bought.points() + " points bought with the " + charge.brand()
                + " card ending " + charge.last4(), List.of(
                new Ledger.Leg(ledger.account(AccountKind.PAYMENT_CLEARING, AccountKind.HOUSE), -bought.points()),
                new Ledger.Leg(wallet, bought.points())));
        TopUp topUp = new TopUp(customer, bought, charge, entry, wallet.balance(), clock.instant());
        em.persist(topUp);
        em.flush();
        idempotency.complete(customer.id(), key, new Idempotency.Result(topUp.id(), true));
        return topUp.receipt();
    }

    /** The customer's top-ups, newest first, disputed ones included. */
    public List<TopUpReceipt> mine(String email) {
        return em.createQuery("SELECT t FROM TopUp t WHERE t.customer = :customer ORDER BY t.createdAt DESC, t.id DESC",
                        TopUp.class)
                .setParameter("customer", accounts.require(email))
                .getResultStream()
                .map(TopUp::receipt)
                .toList();
    }

    /**
     * Takes back the points a charge bought when the provider says later that it is disputed or failed after all:
     * what the customer still holds, and the rest (points already spent, which stay spent) as the store's loss, so
     * the entry balances and no customer goes below zero. Runs in the transaction that records the provider's event;
     * a charge taken back already is left alone.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String takeBack(String chargeId, TopUpState outcome) {
        TopUp topUp = em.createQuery("SELECT t FROM TopUp t WHERE t.chargeId = :charge", TopUp.class)
                .setParameter("charge", chargeId)
                .getResultStream().findFirst().orElse(null);
        if (topUp == null) {
            LOG.warning(() -> "A notice that charge " + chargeId + ", which bought no points here, was "
                    + outcome.name().toLowerCase() + " was ignored");
            return "ignored: no top-up was paid with this charge";
        }
        if (topUp.state() != TopUpState.PAID) {
            return "ignored: top-up " + topUp.id() + " was " + topUp.state().name().toLowerCase() + " already";
        }
        LedgerAccount wallet = ledger.lock(AccountKind.CUSTOMER, topUp.customer().id());
        long points = topUp.points();
        long taken = Math.min(wallet.balance(), points);
        var legs = new ArrayList<Ledger.Leg>();
        legs.add(new Ledger.Leg(ledger.account(AccountKind.PAYMENT_CLEARING, AccountKind.HOUSE), points));
        if (taken > 0) {
            legs.add(new Ledger.Leg(wallet, -taken));
        }
        if (points > taken) {
            legs.add(new Ledger.Leg(ledger.account(AccountKind.DISPUTE_LOSSES, AccountKind.HOUSE), -(points - taken)));
        }
        boolean disputed = outcome == TopUpState.DISPUTED;
        topUp.takenBack(ledger.post(disputed ? EntryKind.DISPUTE : EntryKind.PAYMENT_FAILED, "Card payment " + chargeId
                + (disputed ? " disputed: " : " failed after approval: ") + taken + " of " + points
                + " points taken back", legs), outcome);
        return (disputed ? "disputed" : "failed late") + ": top-up " + topUp.id() + ", " + taken + " of " + points
                + " points taken back";
    }

    private Optional<Bundle> bundle(Long points, TreeMap<String, String> problems) {
        String choices = bundles.stream().map(b -> String.valueOf(b.points())).collect(Collectors.joining(", "));
        if (points == null) {
            problems.put("bundle", "Choose a bundle by its points: " + choices + ".");
            return Optional.empty();
        }
        Optional<Bundle> bundle = bundles.stream().filter(b -> b.points() == points).findFirst();
        if (bundle.isEmpty()) {
            problems.put("bundle", "There is no bundle of " + points + " points; choose one of " + choices + ".");
        }
        return bundle;
    }

    /**
     * The provider's Idempotency-Key: the same for a retry of the same request, another for the same client key with
     * a corrected card (whose first attempt was declined and kept nothing here). It goes to the provider only, which
     * sees the card anyway; it is never stored here.
     */
    private static String providerKey(Account customer, String key, Bundle bundle, Card card) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String request = String.join("\n", key, String.valueOf(bundle.points()), card.number(),
                    card.expiry().toString(), card.cvc());
            return "top-up-" + customer.id() + "-"
                    + HexFormat.of().formatHex(sha.digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private TopUps self() {
        return context.getBusinessObject(TopUps.class);
    }
}
