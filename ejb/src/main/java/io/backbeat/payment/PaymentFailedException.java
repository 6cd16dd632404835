package io.backbeat.payment;

import io.backbeat.platform.Refusal;

/**
 * The payment provider failed (its processing error) or could not be reached. Nothing was charged or kept; sending
 * the same request again, with the same Idempotency-Key, is safe.
 */
public class PaymentFailedException extends Refusal {

    public PaymentFailedException(String code, String message) {
        super(Kind.PAYMENT_FAILED, code, message);
    }

    static PaymentFailedException processingError() {
        return new PaymentFailedException("processing-error", "The payment provider could not process the card just "
                + "now and nothing was charged. Please try again in a moment.");
    }

    static PaymentFailedException unavailable() {
        return new PaymentFailedException("payment-unavailable", "The payment provider cannot be reached just now and "
                + "nothing was charged. Please try again in a moment.");
    }
}
