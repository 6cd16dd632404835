package io.backbeat.payment;

/**
 * A top-up as the customer sees it: the points, what they cost, the card by brand and last four digits, the
 * provider's charge id (for a support request), and the balance right after it.
 */
public record TopUpReceipt(long id, int points, int amountCents, String currency, String brand, String last4,
        String charge, String state, long balance, String createdAt) {
}
