package io.backbeat.player.model;

/** How the player writes lengths of time. */
public final class Durations {

    private Durations() {
    }

    /** {@code 185} seconds as {@code 3:05}; an hour-long work as {@code 62:10}, as music players do. */
    public static String minutesSeconds(long seconds) {
        var clamped = Math.max(0, seconds);
        return String.format("%d:%02d", clamped / 60, clamped % 60);
    }
}
