package io.backbeat.business;

import java.time.LocalDate;

/**
 * Whole days (venue-local, {@code first} to {@code last} inclusive) on which the dayparts do not apply: the zone is
 * silent ({@code programme} null: a holiday, the venue closed) or plays one programme all day (an event).
 */
public record DateException(LocalDate first, LocalDate last, Long programme) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public boolean closed() {
        return programme == null;
    }
}
