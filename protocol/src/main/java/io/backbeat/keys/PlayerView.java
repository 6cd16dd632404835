package io.backbeat.keys;

import java.time.Instant;

/**
 * A registered player as its owner sees it. {@code fingerprint} names its key (40 hex digits); {@code status} is
 * ACTIVE or REVOKED; {@code personalised} players got their key pair from the store's site.
 */
public record PlayerView(long id, String name, String fingerprint, boolean personalised, String status,
                         Instant registeredAt, Instant revokedAt) {
}
