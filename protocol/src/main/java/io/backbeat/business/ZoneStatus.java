package io.backbeat.business;

import java.time.Instant;

/**
 * A zone as the dashboard shows it: whether its player is online (a heartbeat in the last 30 s), what the player
 * last said it plays, what the schedule expects now, and {@code alert} DEAD_AIR when the schedule says it should be
 * playing but it has been silent (or unheard) for more than 60 s since {@code silentSince}; otherwise null; and the
 * last month paid for ({@code paidThrough}, yyyy-MM): before the current UTC month, the zone plays on only for its
 * grace days.
 */
public record ZoneStatus(long zone, String name, Long player, boolean online, Instant lastHeartbeat,
                         Reported reported, NowPlaying expected, String alert, Instant silentSince,
                         int pendingCommands, String paidThrough) {

    /** What the player said in its last heartbeat; {@code work} null when it plays nothing. */
    public record Reported(Long work, String title, String artist, long positionMs, boolean paused, int volume) {
    }
}
