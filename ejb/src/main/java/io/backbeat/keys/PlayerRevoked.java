package io.backbeat.keys;

/**
 * A CDI event, fired inside the transaction that revokes a player, for what else must stop serving it: the zone
 * it plays ends its live stream.
 */
public record PlayerRevoked(long player) {
}
