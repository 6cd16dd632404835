package io.backbeat.purchase;

import java.util.List;

/**
 * An artist's earnings as the ledger has them: what the artist's account holds now, and for one period (from and to
 * inclusive, UTC dates) each sale with how its points were split, and the artist's share per day, week or month.
 *
 * @param balance what the artist's account holds now, whatever the period
 * @param earned  the artist's share of the period's sales, less what refunds took back
 * @param sales   the period's sales and reversals, newest first
 * @param totals  the artist's net share per bucket of the period, oldest first, empty buckets included
 */
public record EarningsStatement(long balance, String from, String to, String by, long earned, List<Sale> sales,
        List<Total> totals) {

    /** A sale is {@code SALE}; a refund undoing one is {@code REVERSAL}, with negative amounts. */
    public static final String SALE = "SALE";
    public static final String REVERSAL = "REVERSAL";

    /**
     * One sale, or the reversal of one, from its journal entry's postings: the price the customer paid and each
     * party's share of it (price = artist + distributor + retailer).
     *
     * @param reverses the entry of the sale a reversal undoes
     */
    public record Sale(long entry, String kind, Long work, String title, String at, long price, long artist,
            long distributor, long retailer, Long reverses) {
    }

    /** The artist's net share of the sales in the bucket starting on {@code start} (a UTC date). */
    public record Total(String start, long points, int sales) {
    }
}
