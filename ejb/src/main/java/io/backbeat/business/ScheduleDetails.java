package io.backbeat.business;

import io.backbeat.platform.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A zone's schedule as its manager sends it (see {@link ScheduleView}), read into dayparts and special days. */
public record ScheduleDetails(List<ScheduleView.Daypart> dayparts, List<ScheduleView.DateException> exceptions) {

    static final int MAX_DAYPARTS = 50;
    static final int MAX_EXCEPTIONS = 100;
    static final int MAX_EXCEPTION_DAYS = 366;

    public ScheduleDetails {
        dayparts = dayparts == null ? List.of() : dayparts;
        exceptions = exceptions == null ? List.of() : exceptions;
    }

    /**
     * The schedule in the venue's zone, every mistake named by its field at once: a weekday, a time or a date that
     * cannot be read, a programme that is not the organisation's ({@code programmes}), an empty daypart, special days
     * ending before they start, dayparts or special days that overlap.
     */
    ZoneSchedule read(java.time.ZoneId timeZone, Set<Long> programmes) {
        var problems = new TreeMap<String, String>();
        if (dayparts.size() > MAX_DAYPARTS || exceptions.size() > MAX_EXCEPTIONS) {
            throw new InvalidInputException(Map.of("dayparts", "A schedule has at most " + MAX_DAYPARTS
                    + " dayparts and " + MAX_EXCEPTIONS + " special days."));
        }
        var readDayparts = new ArrayList<Daypart>();
        for (int i = 0; i < dayparts.size(); i++) {
            String field = "dayparts[" + i + "]";
            ScheduleView.Daypart daypart = dayparts.get(i);
            if (daypart == null) {
                problems.put(field, "A daypart cannot be null.");
                continue;
            }
            Set<DayOfWeek> days = days(daypart.days(), field, problems);
            LocalTime start = time(daypart.start(), field + ".start", problems);
            LocalTime end = time(daypart.end(), field + ".end", problems);
            if (!programmes.contains(daypart.programme())) {
                problems.put(field + ".programme", "Your organisation has no programme " + daypart.programme() + ".");
            }
            if (days != null && start != null && end != null) {
                readDayparts.add(new Daypart(days, start, end, daypart.programme()));
            }
        }
        var readExceptions = new ArrayList<DateException>();
        for (int i = 0; i < exceptions.size(); i++) {
            String field = "exceptions[" + i + "]";
            ScheduleView.DateException exception = exceptions.get(i);
            if (exception == null) {
                problems.put(field, "Special days cannot be null.");
                continue;
            }
            LocalDate first = date(exception.first(), field + ".first", problems);
            LocalDate last = exception.last() == null ? first : date(exception.last(), field + ".last", problems);
            if (exception.programme() != null && !programmes.contains(exception.programme())) {
                problems.put(field + ".programme", "Your organisation has no programme " + exception.programme()
                        + "; leave it out (null) for a silent day.");
            }
            if (first != null && last != null && !last.isBefore(first)
                    && ChronoUnit.DAYS.between(first, last) >= MAX_EXCEPTION_DAYS) {
                problems.put(field, "Special days span at most " + MAX_EXCEPTION_DAYS + " days.");
            }
            if (first != null && last != null) {
                readExceptions.add(new DateException(first, last, exception.programme()));
            }
        }
        if (problems.isEmpty()) {
            problems.putAll(new ZoneSchedule(timeZone, readDayparts, readExceptions).conflicts());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ZoneSchedule(timeZone, readDayparts, readExceptions);
    }

    private static Set<DayOfWeek> days(List<String> names, String field, Map<String, String> problems) {
        if (names == null || names.isEmpty()) {
            problems.put(field + ".days", "Name the weekdays it plays on, such as [\"MONDAY\", \"TUESDAY\"].");
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.put(field + ".days", "\"" + name + "\" is not a weekday: use MONDAY to SUNDAY.");
                return null;
            }
        }
        return days;
    }

    private static LocalTime time(String text, String field, Map<String, String> problems) {
        try {
            return LocalTime.parse(String.valueOf(text).strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "\"" + text + "\" is not a time of day: use HH:mm, such as 08:00 or 23:30.");
            return null;
        }
    }

    private static LocalDate date(String text, String field, Map<String, String> problems) {
        try {
            return LocalDate.parse(String.valueOf(text).strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "\"" + text + "\" is not a date: use yyyy-MM-dd, such as 2026-12-24.");
            return null;
        }
    }
}
