package io.backbeat.business;

import java.time.Instant;

/** A manager's command to a zone's player: SKIP, PAUSE, RESUME, or VOLUME with {@code volume} 0 to 100. */
public record ZoneCommandView(long id, String action, Integer volume, Instant issuedAt) {
}
