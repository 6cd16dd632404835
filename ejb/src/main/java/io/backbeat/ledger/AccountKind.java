package io.backbeat.ledger;

/** Whose points an account holds. Only a customer's balance must never go below zero. */
public enum AccountKind {
    /** A customer's points. */
    CUSTOMER,
    /** An artist's earnings from sales. */
    ARTIST,
    /** The distributor's share of sales. */
    DISTRIBUTOR,
    /** The retailer's (the store's) share of sales. */
    RETAILER,
    /** Points paid for by card, before the payment settles. */
    PAYMENT_CLEARING,
    /** Points handed back to customers. */
    REFUNDS,
    /** Points the store gives away: welcome points, the demo customer's. */
    PROMOTIONS,
    /** Disputed points a customer had already spent: the store's loss, so no customer goes below zero. */
    DISPUTE_LOSSES;

    /** The store's own accounts have no owner; their owner id is 0. */
    public static final long HOUSE = 0;
}
