package io.backbeat.payment.sandbox;

/**
 * A charge as the sandbox answers it. {@code status} is {@code succeeded} or {@code failed}; a failed one names why in
 * {@code failureCode} (Stripe's codes: card_declined, insufficient_funds, expired_card, processing_error, …).
 */
public record Charge(String id, String object, String status, long amount, String currency, String brand,
        String last4, String failureCode, String description, long created) {
}
