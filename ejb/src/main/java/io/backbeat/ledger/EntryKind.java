package io.backbeat.ledger;

/** What a journal entry records. */
public enum EntryKind {
    /** Points given by the store. */
    PROMOTION
}
