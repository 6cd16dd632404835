package io.backbeat.business;

import java.time.Instant;

/** What a zone plays at {@code at}: {@code state} PLAYING (with the play), DEAD_AIR (with it) or CLOSED. */
public record NowPlaying(long zone, Instant at, String state, ZoneTimeline.Play play, ZoneTimeline.DeadAir deadAir) {
}
