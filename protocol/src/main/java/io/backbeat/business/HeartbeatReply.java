package io.backbeat.business;

import java.time.Instant;
import java.util.List;

/**
 * The store's answer to a heartbeat: the manager's commands the player has not acknowledged yet, oldest first. The
 * player applies each once (by its id) and names it in its next heartbeat, after which it is never sent again.
 */
public record HeartbeatReply(long zone, Instant at, List<ZoneCommandView> commands) {
}
