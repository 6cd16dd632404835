package io.backbeat.payment.sandbox;

/** A notice sent to the merchant's webhook: what happened ({@code charge.dispute.created}, …) to which charge. */
public record Event(String id, String type, long created, String charge) {
}
