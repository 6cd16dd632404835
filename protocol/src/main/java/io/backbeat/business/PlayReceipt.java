package io.backbeat.business;

/**
 * The answer to a play batch: how many of its records were new ({@code stored}; 0 for a batch already received) and
 * the zone's chain head afterwards, from which the player's next batch goes on.
 */
public record PlayReceipt(long zone, int received, int stored, long sequence, String head) {
}
