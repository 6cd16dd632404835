package io.backbeat.business;

import java.util.List;

/**
 * Plays over a period (UTC dates, both included), oldest first, and how often each work played: a venue's for its
 * manager, an artist's (wherever they played) for the musician. {@code isrc} is empty while the catalogue has none.
 */
public record PlayReport(String from, String to, List<Entry> plays, List<WorkCount> works) {

    public record Entry(long work, String title, String artist, String album, String isrc, String start,
                        long durationSeconds, boolean online, long venue, String venueName, String city, long zone,
                        String zoneName) {
    }

    public record WorkCount(long work, String title, long plays) {
    }
}
