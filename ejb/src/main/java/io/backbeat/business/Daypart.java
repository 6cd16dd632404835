package io.backbeat.business;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/**
 * A programme played on some weekdays from a wall-clock start to a wall-clock end in the venue's time zone. An
 * end at or before the start crosses midnight into the next day (an end equal to the start is round the clock);
 * the weekdays are those on which it starts.
 */
public record Daypart(Set<DayOfWeek> days, LocalTime start, LocalTime end, long programme) {

    public Daypart {
        days = Set.copyOf(days);
    }

    /** How long it lasts by the wall clock (a daylight-saving change makes the real length an hour more or less). */
    public Duration wallClockLength() {
        long seconds = Math.floorMod(end.toSecondOfDay() - start.toSecondOfDay(), 24 * 3600);
        return Duration.ofSeconds(seconds == 0 ? 24 * 3600 : seconds);
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }
}
