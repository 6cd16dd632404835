package io.backbeat.business;

import java.time.Instant;
import java.util.List;

/**
 * A zone's week in its venue's time zone and the special days that replace it, with what the store foresees going
 * wrong: each {@link Warning} names dead air the schedule will leave in the coming week.
 */
public record ScheduleView(long zone, String timeZone, List<Daypart> dayparts, List<DateException> exceptions,
                           List<Warning> warnings) {

    /** Weekdays (MONDAY…), a start and an end (HH:mm; an end at or before the start crosses midnight). */
    public record Daypart(List<String> days, String start, String end, long programme) {
    }

    /** Days {@code first} to {@code last} (yyyy-MM-dd): silent when {@code programme} is null, else that programme. */
    public record DateException(String first, String last, Long programme) {
    }

    /** Dead air ahead: {@code code} no-works or rules-exhausted, how much of it, and when it first starts. */
    public record Warning(String code, long programme, String message, long seconds, Instant firstAt) {
    }
}
