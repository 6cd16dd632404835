package io.backbeat.purchase;

import io.backbeat.account.Account;
import io.backbeat.catalog.Work;
import io.backbeat.ledger.JournalEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's right to a work, bought with points; one per customer and work, revoked by a refund. */
@Entity
@Table(name = "licence")
public class Licence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_seq")
    @SequenceGenerator(name = "licence_seq", sequenceName = "licence_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Account customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_id")
    private Work work;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private JournalEntry purchase;

    @Column(name = "price_points", nullable = false)
    private int pricePoints;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Licence() {
    }

    Licence(Account customer, Work work, JournalEntry purchase, int pricePoints, Instant grantedAt) {
        this.customer = customer;
        this.work = work;
        grant(purchase, pricePoints, grantedAt);
    }

    /** Held again after a refund, under a new purchase. */
    void grant(JournalEntry purchase, int pricePoints, Instant grantedAt) {
        this.purchase = purchase;
        this.pricePoints = pricePoints;
        this.grantedAt = grantedAt;
        this.revokedAt = null;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    public long id() {
        return id;
    }

    public Account customer() {
        return customer;
    }

    public Work work() {
        return work;
    }

    public JournalEntry purchase() {
        return purchase;
    }

    public boolean held() {
        return revokedAt == null;
    }

    LicenceStatus status() {
        return new LicenceStatus(id, work.id(), work.title(), work.artist().name(), pricePoints,
                grantedAt.toString(), revokedAt == null ? null : revokedAt.toString());
    }
}
