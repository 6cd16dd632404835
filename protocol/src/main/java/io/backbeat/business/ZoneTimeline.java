package io.backbeat.business;

import java.time.Instant;
import java.util.List;

/**
 * What a zone plays from {@code from} to {@code to}: the plays overlapping it (the first may have started before)
 * and the dead air. The same request always gets the same answer, so a venue player can fetch the coming day
 * ahead of time and play exactly this.
 */
public record ZoneTimeline(long zone, String timeZone, Instant from, Instant to, List<Play> plays,
                           List<DeadAir> deadAir) {

    public record Play(long work, String title, String artist, long programme, Instant start, Instant end) {
    }

    /** Silence where the schedule meant music: {@code reason} no-works or rules-exhausted. */
    public record DeadAir(long programme, String reason, Instant start, Instant end) {
    }
}
