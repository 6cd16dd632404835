package io.backbeat.account;

/**
 * A CDI event, fired inside the transaction that registers a customer, for what every customer must have from the
 * start: the ledger opens their points account, so that their first top-ups never race to open it.
 */
public record CustomerRegistered(long account) {
}
