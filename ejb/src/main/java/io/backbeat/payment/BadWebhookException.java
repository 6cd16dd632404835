package io.backbeat.payment;

import io.backbeat.platform.Refusal;

/** A webhook call the store cannot trust or read (no signature, a wrong or stale one, no event): nothing is done. */
public class BadWebhookException extends Refusal {

    public BadWebhookException(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
