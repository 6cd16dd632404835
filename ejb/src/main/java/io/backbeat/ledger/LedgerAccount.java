package io.backbeat.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One account of the ledger: a customer's points, an artist's earnings or one of the store's own. */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountKind kind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private long balance;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected LedgerAccount() {
    }

    LedgerAccount(AccountKind kind, long ownerId, Instant openedAt) {
        this.kind = kind;
        this.ownerId = ownerId;
        this.openedAt = openedAt;
    }

    public long id() {
        return id;
    }

    public AccountKind kind() {
        return kind;
    }

    public long ownerId() {
        return ownerId;
    }

    /**
     * What a customer holds. Only customers' accounts keep a balance (0 for the others, whose balance is the sum of
     * their postings: see {@link Ledger#balance}).
     */
    public long balance() {
        return balance;
    }

    /** Moves a customer's balance by a posting's amount; it cannot spend points it does not have. */
    void post(long amount) {
        if (kind != AccountKind.CUSTOMER) {
            throw new IllegalStateException("Only a customer's account keeps a balance, not " + kind);
        }
        long after = Math.addExact(balance, amount);
        if (after < 0) {
            throw new NotEnoughPointsException(balance, -amount);
        }
        balance = after;
    }
}
