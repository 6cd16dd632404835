package io.backbeat.payment;

import io.backbeat.account.Account;
import io.backbeat.ledger.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Points bought with a card: what the provider charged, the card's brand and last four, and the ledger entry. */
@Entity
@Table(name = "top_up")
public class TopUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Account customer;

    @Column(nullable = false)
    private int points;

    @Column(name = "amount_cents", nullable = false)
    private int amountCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "charge_id", nullable = false, length = 64)
    private String chargeId;

    @Column(nullable = false, length = 20)
    private String brand;

    @Column(nullable = false, length = 4)
    private String last4;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private JournalEntry entry;

    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TopUpState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dispute_entry_id")
    private JournalEntry takenBackBy; // the DISPUTE or PAYMENT_FAILED entry

    protected TopUp() {
    }

    TopUp(Account customer, Bundle bundle, PaymentGateway.ApprovedCharge charge, JournalEntry entry,
            long balanceAfter, Instant createdAt) {
        this.customer = customer;
        this.points = bundle.points();
        this.amountCents = bundle.priceCents();
        this.currency = bundle.currency();
        this.chargeId = charge.id();
        this.brand = charge.brand();
        this.last4 = charge.last4();
        this.entry = entry;
        this.balanceAfter = balanceAfter;
        this.state = TopUpState.PAID;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    Account customer() {
        return customer;
    }

    int points() {
        return points;
    }

    TopUpState state() {
        return state;
    }

    /** The charge was disputed or failed late ({@code state}); {@code entry} took its points back. */
    void takenBack(JournalEntry entry, TopUpState state) {
        this.takenBackBy = entry;
        this.state = state;
    }

    TopUpReceipt receipt() {
        return new TopUpReceipt(id, points, amountCents, currency, brand, last4, chargeId, state.name(), balanceAfter,
                createdAt.toString());
    }
}
