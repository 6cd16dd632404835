package io.backbeat.payment;

/**
 * A card processor, as the store needs it: charge a card once per idempotency key. A decline or a provider failure
 * is a refusal ({@link PaymentDeclinedException}, {@link PaymentFailedException}), so nothing of the caller's
 * transaction is kept.
 */
public interface PaymentGateway {

    /** What to charge: an amount in the currency's smallest unit (cents), a card, a description for statements. */
    record ChargeRequest(long amountCents, String currency, Card card, String description) {
    }

    /** A charge the provider approved: its id and what of the card may be kept (brand, last four digits). */
    record ApprovedCharge(String id, String brand, String last4) {
    }

    /**
     * Charges the card. The same {@code idempotencyKey} with the same request answers the provider's first answer
     * again, so a retry after a lost answer never charges twice.
     */
    ApprovedCharge charge(ChargeRequest request, String idempotencyKey);
}
