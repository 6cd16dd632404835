package io.backbeat.purchase;

import io.backbeat.platform.InvalidInputException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days an earnings statement covers (UTC dates, both ends included) and how its totals are bucketed. Read from
 * what a client or a form typed, so every mistake is named at once and nothing is read from the ledger.
 */
public record EarningsPeriod(LocalDate from, LocalDate to, Bucket by) implements Serializable {

    /** A chart of more buckets than this says nothing more, and a statement of them only takes longer. */
    public static final int MAX_BUCKETS = 366;

    public enum Bucket {
        DAY(ChronoUnit.DAYS, 29), WEEK(ChronoUnit.WEEKS, 11), MONTH(ChronoUnit.MONTHS, 11);

        private final ChronoUnit unit;
        private final int defaultLength;

        Bucket(ChronoUnit unit, int defaultLength) {
            this.unit = unit;
            this.defaultLength = defaultLength;
        }

        /** The first day of the bucket the date falls in: itself, its week's Monday, its month's first. */
        public LocalDate start(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> date.withDayOfMonth(1);
            };
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public EarningsPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(from + " is after " + to);
        }
    }

    /** As {@link #of(String, String, String, LocalDate)}, with today's date in UTC. */
    public static EarningsPeriod of(String from, String to, String by) {
        return of(from, to, by, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The period typed as {@code from}, {@code to} (ISO dates) and {@code by} (day, week or month); any may be blank:
     * {@code to} is today, {@code by} is day, and {@code from} goes back 30 days, 12 weeks or 12 months from
     * {@code to}.
     */
    public static EarningsPeriod of(String from, String to, String by, LocalDate today) {
        var problems = new TreeMap<String, String>();
        Bucket bucket = bucket(by, problems);
        LocalDate end = date(to, "to", problems);
        LocalDate start = date(from, "from", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        end = end == null ? today : end;
        start = start == null ? bucket.start(end.minus(bucket.defaultLength, bucket.unit)) : start;
        if (start.isAfter(end)) {
            throw new InvalidInputException(Map.of("from", "The period must start on or before its last day: from "
                    + start + " is after to " + end + "."));
        }
        long buckets = bucket.unit.between(bucket.start(start), bucket.start(end)) + 1;
        if (buckets > MAX_BUCKETS) {
            throw new InvalidInputException(Map.of("by", "From " + start + " to " + end + " is " + buckets + " "
                    + bucket.label() + "s; a statement covers " + MAX_BUCKETS + " at most. Choose a shorter period"
                    + (bucket == Bucket.MONTH ? "." : " or longer buckets (by=week or by=month).")));
        }
        return new EarningsPeriod(start, end, bucket);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** What a CSV statement of this period is called when it is saved. */
    public String fileName() {
        return "backbeat-earnings-" + from + "-to-" + to + ".csv";
    }

    /** The first day of each bucket the period touches, oldest first. */
    public List<LocalDate> buckets() {
        var starts = new ArrayList<LocalDate>();
        for (LocalDate start = by.start(from); !start.isAfter(to); start = start.plus(1, by.unit)) {
            starts.add(start);
        }
        return starts;
    }

    private static Bucket bucket(String by, Map<String, String> problems) {
        if (by == null || by.isBlank()) {
            return Bucket.DAY;
        }
        for (Bucket bucket : Bucket.values()) {
            if (bucket.label().equalsIgnoreCase(by.strip())) {
                return bucket;
            }
        }
        problems.put("by", "Totals are by day, week or month, not \"" + by.strip() + "\".");
        return Bucket.DAY;
    }

    private static LocalDate date(String value, String name, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, "The parameter " + name + " must be a date like 2026-12-01, not \"" + value.strip()
                    + "\".");
            return null;
        }
    }
}
