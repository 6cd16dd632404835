package io.backbeat.business;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A zone's week in its venue's time zone: dayparts, and the special days that replace them. It cuts any stretch of
 * time into {@link Segment}s, each one programme from a well-defined start to a well-defined end, which depend on
 * the schedule alone and never on the stretch asked about: that is what makes a timeline reproducible.
 */
public record ZoneSchedule(ZoneId timeZone, List<Daypart> dayparts, List<DateException> exceptions) {

    /** A stretch of one programme: a daypart's occurrence, a piece of one left by special days, or a special day. */
    public record Segment(Instant start, Instant end, long programme) {
    }

    private static final int WEEK_SECONDS = 7 * 24 * 3600;

    public ZoneSchedule {
        dayparts = List.copyOf(dayparts);
        exceptions = List.copyOf(exceptions);
    }

    /**
     * When the venue's clock shows this time on this day. When the clock goes back and shows it twice, the first
     * time; when it jumps forward over it, the moment of the jump. Both keep the order of wall-clock times, so
     * dayparts that meet on the wall clock meet in time, with no gap and no overlap, even across the change.
     */
    public Instant at(LocalDate day, LocalTime time) {
        LocalDateTime local = day.atTime(time);
        var rules = timeZone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.toInstant(offsets.get(0)); // the earlier instant: the offset before the clock went back
    }

    /** The segments that overlap [from, to), in order. */
    public List<Segment> segments(Instant from, Instant to) {
        var segments = new ArrayList<Segment>();
        // A daypart occurrence lasts at most a day and a daylight-saving hour: those overlapping [from, to) start
        // on the day before from's day at the earliest.
        LocalDate last = LocalDate.ofInstant(to, timeZone);
        for (LocalDate day = LocalDate.ofInstant(from, timeZone).minusDays(1); !day.isAfter(last);
                day = day.plusDays(1)) {
            DateException special = exceptionOn(day);
            if (special != null && !special.closed()) {
                add(segments, new Segment(at(day, LocalTime.MIDNIGHT), at(day.plusDays(1), LocalTime.MIDNIGHT),
                        special.programme()));
            }
            for (Daypart daypart : dayparts) {
                if (daypart.days().contains(day.getDayOfWeek())) {
                    LocalDate endDay = daypart.crossesMidnight() ? day.plusDays(1) : day;
                    occurrence(segments, day, at(day, daypart.start()), at(endDay, daypart.end()),
                            daypart.programme());
                }
            }
        }
        return segments.stream()
                .filter(segment -> segment.end().isAfter(from) && segment.start().isBefore(to))
                .sorted(Comparator.comparing(Segment::start))
                .toList();
    }

    /** An occurrence from start to end (it starts on {@code day}), less the special days it runs into. */
    private void occurrence(List<Segment> segments, LocalDate day, Instant start, Instant end, long programme) {
        Instant pieceStart = null;
        Instant from = start;
        for (LocalDate touched = day; from.isBefore(end); touched = touched.plusDays(1)) {
            Instant dayEnd = at(touched.plusDays(1), LocalTime.MIDNIGHT);
            if (exceptionOn(touched) == null) {
                pieceStart = pieceStart == null ? from : pieceStart;
            } else if (pieceStart != null) {
                add(segments, new Segment(pieceStart, from, programme));
                pieceStart = null;
            }
            from = dayEnd.isBefore(end) ? dayEnd : end;
        }
        if (pieceStart != null) {
            add(segments, new Segment(pieceStart, end, programme));
        }
    }

    private static void add(List<Segment> segments, Segment segment) {
        if (segment.start().isBefore(segment.end())) {
            segments.add(segment);
        }
    }

    private DateException exceptionOn(LocalDate day) {
        return exceptions.stream().filter(exception -> exception.covers(day)).findFirst().orElse(null);
    }

    /**
     * What keeps this schedule from being saved, by field ({@code dayparts[2]}, {@code exceptions[0]}): two
     * dayparts sharing a moment of the week on the wall clock, or special days twice over. Empty when it is sound.
     */
    public Map<String, String> conflicts() {
        var problems = new TreeMap<String, String>();
        for (int i = 0; i < dayparts.size(); i++) {
            for (int j = 0; j < i; j++) {
                DayOfWeek shared = sharedDay(dayparts.get(j), dayparts.get(i));
                if (shared != null) {
                    problems.put("dayparts[" + i + "]", "Daypart " + (i + 1) + " overlaps daypart " + (j + 1) + " on "
                            + shared.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ": a zone plays one programme "
                            + "at a time, so make one end when the other starts.");
                }
            }
        }
        for (int i = 0; i < exceptions.size(); i++) {
            DateException exception = exceptions.get(i);
            if (exception.last().isBefore(exception.first())) {
                problems.put("exceptions[" + i + "]", "The special days end (" + exception.last()
                        + ") before they start (" + exception.first() + ").");
                continue;
            }
            for (int j = 0; j < i; j++) {
                DateException other = exceptions.get(j);
                if (!exception.first().isAfter(other.last()) && !other.first().isAfter(exception.last())) {
                    problems.put("exceptions[" + i + "]", "These special days overlap special days " + (j + 1)
                            + " (" + other.first() + " to " + other.last() + "); a day can have one exception.");
                }
            }
        }
        return problems;
    }

    /** A weekday on which the two dayparts, as weekly wall-clock intervals, share a moment; null if none. */
    private static DayOfWeek sharedDay(Daypart a, Daypart b) {
        for (long[] x : weekly(a)) {
            for (long[] y : weekly(b)) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return DayOfWeek.of((int) (Math.max(x[0], y[0]) / (24 * 3600)) % 7 + 1);
                }
            }
        }
        return null;
    }

    /** Second-of-the-week intervals [start, end), Monday 00:00 being 0; Sunday's late dayparts wrap to Monday. */
    private static List<long[]> weekly(Daypart daypart) {
        var intervals = new ArrayList<long[]>();
        for (DayOfWeek day : daypart.days()) {
            long start = (day.getValue() - 1) * 24L * 3600 + daypart.start().toSecondOfDay();
            long end = start + daypart.wallClockLength().toSeconds();
            intervals.add(new long[] {start, Math.min(end, WEEK_SECONDS)});
            if (end > WEEK_SECONDS) {
                intervals.add(new long[] {0, end - WEEK_SECONDS});
            }
        }
        return intervals;
    }
}
