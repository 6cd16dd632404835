package io.backbeat.ledger;

import java.util.List;

/** One journal entry as an administrator reads it: its postings, which sum to zero, and what it reverses. */
public record LedgerEntry(long id, String kind, String memo, String postedAt, Long reverses, List<Posting> postings) {

    /** So many points to (positive) or from (negative) the account of this kind and owner (0: the store's own). */
    public record Posting(String account, long owner, long points) {
    }
}
