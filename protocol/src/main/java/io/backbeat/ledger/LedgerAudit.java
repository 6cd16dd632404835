package io.backbeat.ledger;

import java.util.List;
import java.util.Map;

/**
 * The administrators' check of the ledger: the sum of every posting ever made (zero, since every entry balances),
 * each entry whose own postings do not sum to zero (none), each customer account whose kept balance differs from the
 * sum of its postings (none; only customers' accounts keep one), each customer account below zero (none), and how
 * many entries of each kind there are.
 */
public record LedgerAudit(long postingsSum, long entries, long accounts, Map<String, Long> entriesByKind,
                          List<Long> unbalancedEntries, List<Mismatch> mismatches, List<Overdrawn> overdrawn) {

    public LedgerAudit {
        entriesByKind = Map.copyOf(entriesByKind);
        unbalancedEntries = List.copyOf(unbalancedEntries);
        mismatches = List.copyOf(mismatches);
        overdrawn = List.copyOf(overdrawn);
    }

    public record Mismatch(long account, String kind, long owner, long balance, long postings) {
    }

    /** A customer's points account holding less than nothing. */
    public record Overdrawn(long account, long owner, long balance) {
    }
}
