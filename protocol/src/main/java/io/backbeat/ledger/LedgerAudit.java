package io.backbeat.ledger;

import java.util.List;

/**
 * The administrators' check of the ledger: the sum of every posting ever made (zero, since every entry balances)
 * and each account whose kept balance differs from the sum of its postings (none).
 */
public record LedgerAudit(long postingsSum, long entries, long accounts, List<Mismatch> mismatches) {

    public record Mismatch(long account, String kind, long owner, long balance, long postings) {
    }
}
