package io.backbeat.media;

import java.util.Locale;

/** Durations as people read them in a report: 3:07, 1:02:05. */
final class Durations {

    private Durations() {
    }

    static String clock(double seconds) {
        long whole = (long) Math.floor(seconds);
        long hours = whole / 3600;
        long minutes = whole / 60 % 60;
        long rest = whole % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }
}
