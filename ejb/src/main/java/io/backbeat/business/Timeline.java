package io.backbeat.business;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What a zone plays over a stretch of time: the plays, and the dead air a schedule leaves where it meant music. */
public record Timeline(List<Play> plays, List<Gap> gaps) {

    /** A work from start to end (cut short when its segment ends first). */
    public record Play(long work, long programme, Instant start, Instant end) {
    }

    /** Dead air inside a segment: the programme had nothing it was allowed to play. */
    public record Gap(Instant start, Instant end, long programme, DeadAir reason) {
    }

    public enum DeadAir {
        /** No licensed, available work passes the programme's filters (or its playlist holds none). */
        NO_WORKS,
        /** Works pass the filters, but the no-repeat and artist-separation rules hold every one of them back. */
        RULES_EXHAUSTED
    }

    public Timeline {
        plays = List.copyOf(plays);
        gaps = List.copyOf(gaps);
    }

    /** The play sounding at this instant, if any. */
    public Optional<Play> playing(Instant instant) {
        return plays.stream().filter(play -> !play.start().isAfter(instant) && play.end().isAfter(instant))
                .findFirst();
    }

    /** Whether plays follow one another without a break from {@code from} to {@code to}. */
    public boolean playsThroughout(Instant from, Instant to) {
        Instant covered = from;
        for (Play play : plays.stream().sorted(Comparator.comparing(Play::start)).toList()) {
            if (play.start().isAfter(covered)) {
                break;
            }
            if (play.end().isAfter(covered)) {
                covered = play.end();
            }
        }
        return !covered.isBefore(to);
    }

    /** The dead air at this instant, if any. */
    public Optional<Gap> silent(Instant instant) {
        return gaps.stream().filter(gap -> !gap.start().isAfter(instant) && gap.end().isAfter(instant)).findFirst();
    }
}
