package io.backbeat.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One movement of points: postings that sum to zero, written once and never changed. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    @Column(nullable = false, length = 500)
    private String memo;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "reverses_id")
    private Long reverses;

    /** The work a sale (or its reversal) is for; none for other entries. */
    @Column(name = "work_id")
    private Long work;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    private List<Posting> postings = new ArrayList<>();

    protected JournalEntry() {
    }

    JournalEntry(EntryKind kind, String memo, Instant postedAt) {
        this.kind = kind;
        this.memo = memo;
        this.postedAt = postedAt;
    }

    JournalEntry(EntryKind kind, String memo, Instant postedAt, Long work) {
        this(kind, memo, postedAt);
        this.work = work;
    }

    JournalEntry(EntryKind kind, String memo, Instant postedAt, JournalEntry reversed) {
        // Through the accessors: the entry reversed is often a lazy proxy (a licence's purchase), whose fields are unset.
        this(kind, memo, postedAt, reversed.work());
        this.reverses = reversed.id();
    }

    void add(LedgerAccount account, long amount) {
        postings.add(new Posting(this, account, amount));
    }

    public long id() {
        return id;
    }

    public EntryKind kind() {
        return kind;
    }

    public String memo() {
        return memo;
    }

    public Instant postedAt() {
        return postedAt;
    }

    /** The entry this one reverses, if it is a reversal. */
    public Long reverses() {
        return reverses;
    }

    /** The work a sale or its reversal is for, by id. */
    public Long work() {
        return work;
    }

    List<Posting> postings() {
        return postings;
    }
}
