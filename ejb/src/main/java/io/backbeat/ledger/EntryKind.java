package io.backbeat.ledger;

/** What a journal entry records. */
public enum EntryKind {
    /** Points given by the store. */
    PROMOTION,
    /** A customer buying a work: its points shared between the artist, the distributor and the retailer. */
    PURCHASE,
    /** A purchase undone by an administrator: the points go back to the customer. */
    REFUND,
    /** Points bought with a card: from payment clearing to the customer. */
    TOP_UP,
    /** A card payment disputed by its holder: the points it bought taken back, what was spent as the store's loss. */
    DISPUTE,
    /** A card payment that failed after it was approved: taken back as a dispute is. */
    PAYMENT_FAILED,
    /** A zone's monthly fee for background music: from the venue manager's points to the retailer. */
    ZONE_FEE
}
