package io.backbeat.ledger;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.CustomerRegistered;
import io.backbeat.account.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The double-entry points ledger: the only way points move. Each movement is one journal entry whose postings sum
 * to zero, posted in the caller's transaction, so a purchase's debit, its shares and its licence commit or roll back
 * together. A customer's balance is kept beside its postings under a row lock and never goes below zero. Every
 * other account (the store's, an artist's) is shared by many customers' entries: a kept balance would be one row
 * that every sale locks until it commits, serializing them all, so its balance is the sum of its postings instead.
 */
@Stateless
@PermitAll
public class Ledger {

    /** One side of an entry: so many points to (positive) or from (negative) one account. */
    public record Leg(LedgerAccount account, long points) {
    }

    private static final int STATEMENT_LINES = 50;

    /** The order in which an entry locks its customers' accounts, by id, so that two entries never deadlock. */
    private static final Comparator<Leg> LOCK_ORDER = Comparator.comparingLong(leg -> leg.account().id());

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Resource
    SessionContext context;

    /** The accounts that are not customers', by owner: see {@link #account}. */
    private static final Map<Owner, LedgerAccount> UNCHANGING = new ConcurrentHashMap<>();

    private final Clock clock = Clock.systemUTC();

    /** Posts one balanced entry; a customer spending more than it holds is refused and nothing is posted. */
    public JournalEntry post(EntryKind kind, String memo, List<Leg> legs) {
        return post(new JournalEntry(kind, memo, clock.instant()), legs);
    }

    /** Posts a sale of a work: as {@link #post(EntryKind, String, List)}, the entry naming the work it is for. */
    public JournalEntry postSale(long work, String memo, List<Leg> legs) {
        return post(new JournalEntry(EntryKind.PURCHASE, memo, clock.instant(), work), legs);
    }

    /**
     * Undoes an entry with its mirror image, never by changing it; an entry is reversed once at most (a second
     * reversal breaks a unique constraint and rolls back). The reversal is for the same work as the original.
     */
    public JournalEntry reverse(JournalEntry original, EntryKind kind, String memo) {
        List<Leg> legs = original.postings().stream()
                .map(posting -> new Leg(posting.account(), -posting.amount()))
                .toList();
        return post(new JournalEntry(kind, memo, clock.instant(), original), legs);
    }

    private JournalEntry post(JournalEntry entry, List<Leg> legs) {
        requireBalanced(legs);
        for (Leg leg : legs.stream().sorted(LOCK_ORDER).toList()) {
            LedgerAccount account = leg.account().kind() == AccountKind.CUSTOMER
                    ? lockedCustomer(leg.account().id(), leg.points())
                    : em.getReference(LedgerAccount.class, leg.account().id());
            entry.add(account, leg.points());
        }
        em.persist(entry);
        return entry;
    }

    /** The customer's account with the points posted, read under its row lock (unless {@link #lock} took it). */
    private LedgerAccount lockedCustomer(long id, long points) {
        LedgerAccount account = em.find(LedgerAccount.class, id);
        if (em.getLockMode(account) != LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        }
        account.post(points);
        return account;
    }

    /**
     * The account of this kind and owner ({@link AccountKind#HOUSE} for the store's own), opened on first use (a
     * customer's is opened at sign-up, {@link #customerRegistered}; this opens one made before that). Only a
     * customer's account changes once opened: any other is read once per server and then kept, so a sale names its
     * artist's, distributor's and retailer's accounts without asking the database.
     */
    public LedgerAccount account(AccountKind kind, long ownerId) {
        if (kind == AccountKind.CUSTOMER) {
            return opened(kind, ownerId, false);
        }
        var key = new Owner(kind, ownerId);
        LedgerAccount known = UNCHANGING.get(key);
        if (known == null) {
            known = opened(kind, ownerId, false);
            UNCHANGING.putIfAbsent(key, known);
        }
        return known;
    }

    /**
     * The account, read and locked with one statement until the transaction ends: whatever the caller reads next (a
     * licence held or not), no concurrent entry over this account can change before it commits.
     */
    public LedgerAccount lock(AccountKind kind, long ownerId) {
        return opened(kind, ownerId, true);
    }

    private LedgerAccount opened(AccountKind kind, long ownerId, boolean locked) {
        return find(kind, ownerId, locked).orElseGet(() -> {
            try {
                context.getBusinessObject(Ledger.class).open(kind, ownerId);
            } catch (EJBException raced) {
                // Another transaction opened it first (the unique owner constraint): use that one.
                return find(kind, ownerId, locked).orElseThrow(() -> raced);
            }
            return find(kind, ownerId, locked).orElseThrow();
        });
    }

    /** A new customer's points account, opened in the sign-up's transaction. */
    public void customerRegistered(@Observes CustomerRegistered customer) {
        em.persist(new LedgerAccount(AccountKind.CUSTOMER, customer.account(), clock.instant()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(AccountKind kind, long ownerId) {
        em.persist(new LedgerAccount(kind, ownerId, clock.instant()));
    }

    /** What the account holds now; 0 for one never opened. */
    public long balance(AccountKind kind, long ownerId) {
        if (kind == AccountKind.CUSTOMER) {
            return find(kind, ownerId, false).map(LedgerAccount::balance).orElse(0L);
        }
        return em.createQuery("SELECT COALESCE(SUM(p.amount), 0) FROM Posting p"
                        + " WHERE p.account.kind = :kind AND p.account.ownerId = :owner", Long.class)
                .setParameter("kind", kind)
                .setParameter("owner", ownerId)
                .getSingleResult();
    }

    /** The customer's balance and latest movements; an account that never held points holds none. */
    @RolesAllowed(Role.CUSTOMER_NAME)
    public PointsStatement statement(String email) {
        Account customer = accounts.require(email);
        return find(AccountKind.CUSTOMER, customer.id(), false)
                .map(account -> new PointsStatement(account.balance(), em.createQuery(
                                "SELECT e.id, e.kind, e.memo, p.amount, e.postedAt FROM Posting p JOIN p.entry e"
                                        + " WHERE p.account = :account ORDER BY e.postedAt DESC, e.id DESC", Object[].class)
                        .setParameter("account", account)
                        .setMaxResults(STATEMENT_LINES)
                        .getResultStream()
                        .map(row -> new PointsStatement.Movement((Long) row[0], row[1].toString(), (String) row[2],
                                (Long) row[3], row[4].toString()))
                        .toList()))
                .orElseGet(() -> new PointsStatement(0, List.of()));
    }

    /** One entry and its postings, for an administrator following a sale or a refund. */
    @RolesAllowed(Role.ADMIN_NAME)
    public LedgerEntry entry(long id) {
        JournalEntry entry = Optional.ofNullable(em.find(JournalEntry.class, id))
                .orElseThrow(() -> new EntryNotFoundException(id));
        return new LedgerEntry(entry.id(), entry.kind().name(), entry.memo(), entry.postedAt().toString(),
                entry.reverses(), entry.postings().stream()
                        .map(p -> new LedgerEntry.Posting(p.account().kind().name(), p.account().ownerId(), p.amount()))
                        .toList());
    }

    /** Σ of all postings, and everything that would break the ledger's rules: see {@link LedgerAudit}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public LedgerAudit audit() {
        long sum = em.createQuery("SELECT COALESCE(SUM(p.amount), 0) FROM Posting p", Long.class).getSingleResult();
        long accountCount = em.createQuery("SELECT COUNT(a) FROM LedgerAccount a", Long.class).getSingleResult();
        var byKind = new TreeMap<String, Long>();
        em.createQuery("SELECT e.kind, COUNT(e) FROM JournalEntry e GROUP BY e.kind", Object[].class)
                .getResultStream().forEach(row -> byKind.put(row[0].toString(), (Long) row[1]));
        List<Long> unbalanced = em.createQuery("SELECT p.entry.id FROM Posting p GROUP BY p.entry.id"
                        + " HAVING SUM(p.amount) <> 0 ORDER BY p.entry.id", Long.class)
                .getResultList();
        List<LedgerAudit.Mismatch> mismatches = em.createQuery(
                        "SELECT a.id, a.kind, a.ownerId, a.balance, COALESCE(SUM(p.amount), 0) FROM LedgerAccount a"
                                + " LEFT JOIN Posting p ON p.account = a WHERE a.kind = :customer"
                                + " GROUP BY a.id, a.kind, a.ownerId, a.balance"
                                + " HAVING a.balance <> COALESCE(SUM(p.amount), 0) ORDER BY a.id", Object[].class)
                .setParameter("customer", AccountKind.CUSTOMER)
                .getResultStream()
                .map(row -> new LedgerAudit.Mismatch((Long) row[0], row[1].toString(), (Long) row[2], (Long) row[3],
                        (Long) row[4]))
                .toList();
        List<LedgerAudit.Overdrawn> overdrawn = em.createQuery("SELECT a FROM LedgerAccount a"
                        + " WHERE a.kind = :customer AND a.balance < 0 ORDER BY a.id", LedgerAccount.class)
                .setParameter("customer", AccountKind.CUSTOMER)
                .getResultStream()
                .map(a -> new LedgerAudit.Overdrawn(a.id(), a.ownerId(), a.balance()))
                .toList();
        long entries = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new LedgerAudit(sum, entries, accountCount, byKind, unbalanced, mismatches, overdrawn);
    }

    /** An entry must move points between at least two accounts, each once, and sum to zero. */
    static void requireBalanced(List<Leg> legs) {
        if (legs.size() < 2) {
            throw new IllegalArgumentException("An entry needs two legs at least, not " + legs.size());
        }
        var accounts = new HashSet<Long>();
        long sum = 0;
        for (Leg leg : legs) {
            if (leg.points() == 0) {
                throw new IllegalArgumentException("A leg of zero points moves nothing: " + legs);
            }
            if (!accounts.add(leg.account().id())) {
                throw new IllegalArgumentException("Account " + leg.account().id() + " appears twice: " + legs);
            }
            sum = Math.addExact(sum, leg.points());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("An entry must balance; these legs sum to " + sum + ": " + legs);
        }
    }

    private Optional<LedgerAccount> find(AccountKind kind, long ownerId, boolean locked) {
        return em.createQuery("SELECT a FROM LedgerAccount a WHERE a.kind = :kind AND a.ownerId = :owner",
                        LedgerAccount.class)
                .setParameter("kind", kind)
                .setParameter("owner", ownerId)
                .setLockMode(locked ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList().stream()
                .findFirst();
    }

    private record Owner(AccountKind kind, long ownerId) {
    }
}
