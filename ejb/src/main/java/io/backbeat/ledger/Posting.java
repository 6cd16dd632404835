package io.backbeat.ledger;

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

/** One side of a journal entry: so many points credited (positive) or debited (negative) to one account. */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private JournalEntry entry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private LedgerAccount account;

    @Column(nullable = false)
    private long amount;

    protected Posting() {
    }

    Posting(JournalEntry entry, LedgerAccount account, long amount) {
        this.entry = entry;
        this.account = account;
        this.amount = amount;
    }

    public JournalEntry entry() {
        return entry;
    }

    public LedgerAccount account() {
        return account;
    }

    public long amount() {
        return amount;
    }
}
