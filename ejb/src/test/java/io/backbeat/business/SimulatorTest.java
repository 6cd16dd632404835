package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulator as a pure function: rotation rules, dayparts, daylight-saving changes, special days, determinism. */
class SimulatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final long SEED = 42;
    private static final long DAYTIME = 1;
    private static final long EVENING = 2;

    /** {@code artists} artists with {@code each} works of {@code seconds}, all licensed; work ids 100, 101, … */
    private static List<Candidate> works(int artists, int each, int seconds) {
        var works = new ArrayList<Candidate>();
        for (int artist = 0; artist < artists; artist++) {
            for (int i = 0; i < each; i++) {
                works.add(new Candidate(100 + works.size(), artist, "Jazz", false, seconds, true, LONG_AGO));
            }
        }
        return works;
    }

    private static ProgrammeRules.Rotation rotation(Duration noRepeat, int separationTracks, Duration separation) {
        return new ProgrammeRules.Rotation(Set.of(), Set.of(), Set.of(), false, noRepeat, separationTracks,
                separation);
    }

    private static ZoneSchedule schedule(ZoneId zone, Daypart... dayparts) {
        return new ZoneSchedule(zone, List.of(dayparts), List.of());
    }

    private static Daypart daily(String start, String end, long programme) {
        return new Daypart(EVERY_DAY, LocalTime.parse(start), LocalTime.parse(end), programme);
    }

    private static Instant local(ZoneId zone, String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    private static void assertContinuous(List<Timeline.Play> plays, Instant start, Instant end) {
        assertThat(plays).isNotEmpty();
        assertThat(plays.get(0).start()).isEqualTo(start);
        for (int i = 1; i < plays.size(); i++) {
            assertThat(plays.get(i).start()).as("play %d starts as the one before ends", i)
                    .isEqualTo(plays.get(i - 1).end());
        }
        assertThat(plays.get(plays.size() - 1).end()).isEqualTo(end);
    }

    @Test
    void aWorkNeverRepeatsInsideTheNoRepeatWindow() {
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ofMinutes(45), 0, Duration.ZERO));
        Instant from = local(BERLIN, "2026-12-07T08:00");
        Instant to = local(BERLIN, "2026-12-07T20:00");

        Timeline timeline = Simulator.timeline(schedule(BERLIN, daily("08:00", "20:00", DAYTIME)), programmes,
                works(5, 4, 180), SEED, from, to);

        assertThat(timeline.gaps()).isEmpty();
        assertContinuous(timeline.plays(), from, to);
        Map<Long, List<Instant>> starts = timeline.plays().stream().collect(Collectors.groupingBy(
                Timeline.Play::work, Collectors.mapping(Timeline.Play::start, Collectors.toList())));
        assertThat(starts).hasSizeGreaterThan(10);
        starts.forEach((work, times) -> {
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i))).as("work %d", work)
                        .isGreaterThanOrEqualTo(Duration.ofMinutes(45));
            }
        });
    }

    @Test
    void anArtistIsSeparatedByTracksAndByMinutes() {
        List<Candidate> works = works(4, 6, 200);
        Map<Long, Long> artistOf = works.stream().collect(Collectors.toMap(Candidate::work, Candidate::artist));
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ZERO, 2, Duration.ofMinutes(9)));

        Timeline timeline = Simulator.timeline(schedule(BERLIN, daily("09:00", "17:00", DAYTIME)), programmes, works,
                SEED, local(BERLIN, "2026-12-08T09:00"), local(BERLIN, "2026-12-08T17:00"));

        assertThat(timeline.gaps()).isEmpty();
        List<Timeline.Play> plays = timeline.plays();
        for (int i = 0; i < plays.size(); i++) {
            for (int j = Math.max(0, i - 2); j < i; j++) {
                assertThat(artistOf.get(plays.get(j).work())).as("play %d and %d", j, i)
                        .isNotEqualTo(artistOf.get(plays.get(i).work()));
            }
            for (int j = 0; j < i; j++) {
                if (artistOf.get(plays.get(j).work()).equals(artistOf.get(plays.get(i).work()))) {
                    assertThat(Duration.between(plays.get(j).start(), plays.get(i).start()))
                            .isGreaterThanOrEqualTo(Duration.ofMinutes(9));
                }
            }
        }
    }

    @Test
    void aDaypartCrossingMidnightIsOneStretchPlannedFromItsStart() {
        var programmes = Map.<Long, ProgrammeRules>of(EVENING, rotation(Duration.ofMinutes(20), 1, Duration.ZERO));
        ZoneSchedule schedule = schedule(BERLIN,
                new Daypart(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(2, 0), EVENING));
        Instant start = local(BERLIN, "2026-12-11T22:00"); // a Friday
        Instant end = local(BERLIN, "2026-12-12T02:00");

        Timeline night = Simulator.timeline(schedule, programmes, works(3, 5, 150), SEED, start.minusSeconds(3600),
                end.plusSeconds(3600));
        Timeline afterMidnight = Simulator.timeline(schedule, programmes, works(3, 5, 150), SEED,
                local(BERLIN, "2026-12-12T00:00"), end);

        assertContinuous(night.plays(), start, end);
        assertThat(afterMidnight.plays()).isEqualTo(night.plays().stream()
                .filter(play -> play.end().isAfter(local(BERLIN, "2026-12-12T00:00"))).toList());
        assertThat(Simulator.timeline(schedule, programmes, works(3, 5, 150), SEED, end, end.plusSeconds(1))
                .plays()).isEmpty();
        assertThat(Simulator.timeline(schedule, programmes, works(3, 5, 150), SEED,
                local(BERLIN, "2026-12-12T22:00"), local(BERLIN, "2026-12-13T02:00")).plays())
                .as("only on Fridays").isEmpty();
    }

    @Test
    void springForwardShortensTheNightAndSkippedTimesMeetAtTheJump() {
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ZERO, 0, Duration.ZERO),
                EVENING, rotation(Duration.ZERO, 0, Duration.ZERO));
        // Berlin, Sunday 29 March 2026: at 02:00 the clock jumps to 03:00.
        ZoneSchedule schedule = schedule(BERLIN, daily("01:00", "02:30", DAYTIME), daily("02:30", "05:00", EVENING));
        Instant jump = Instant.parse("2026-03-29T01:00:00Z");

        Timeline day = Simulator.timeline(schedule, programmes, works(3, 3, 240), SEED,
                Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T04:00:00Z"));

        List<Timeline.Play> first = day.plays().stream().filter(play -> play.programme() == DAYTIME).toList();
        List<Timeline.Play> second = day.plays().stream().filter(play -> play.programme() == EVENING).toList();
        assertContinuous(first, local(BERLIN, "2026-03-29T01:00"), jump);
        assertContinuous(second, jump, local(BERLIN, "2026-03-29T05:00"));
        assertThat(Duration.between(first.get(0).start(), second.get(second.size() - 1).end()))
                .as("01:00 to 05:00 on the night the clock skips an hour").isEqualTo(Duration.ofHours(3));
        assertThat(schedule.at(LocalDate.of(2026, 3, 29), LocalTime.of(2, 15))).isEqualTo(jump);
    }

    @Test
    void springForwardInNewYorkAndADaypartInsideTheSkippedHourIsSilent() {
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ZERO, 0, Duration.ZERO),
                EVENING, rotation(Duration.ZERO, 0, Duration.ZERO));
        // New York, Sunday 8 March 2026: at 02:00 the clock jumps to 03:00, so 02:10–02:50 never happens.
        ZoneSchedule schedule = schedule(NEW_YORK, daily("02:10", "02:50", DAYTIME), daily("00:00", "02:10", EVENING));

        Timeline day = Simulator.timeline(schedule, programmes, works(2, 3, 300), SEED,
                local(NEW_YORK, "2026-03-08T00:00"), local(NEW_YORK, "2026-03-08T12:00"));

        assertThat(day.plays()).allMatch(play -> play.programme() == EVENING);
        assertContinuous(day.plays(), local(NEW_YORK, "2026-03-08T00:00"), Instant.parse("2026-03-08T07:00:00Z"));
        Timeline dayAfter = Simulator.timeline(schedule, programmes, works(2, 3, 300), SEED,
                local(NEW_YORK, "2026-03-09T02:00"), local(NEW_YORK, "2026-03-09T03:00"));
        assertContinuous(dayAfter.plays().stream().filter(play -> play.programme() == DAYTIME).toList(),
                local(NEW_YORK, "2026-03-09T02:10"), local(NEW_YORK, "2026-03-09T02:50"));
    }

    @Test
    void fallBackLengthensTheNightAndTheRepeatedHourPlaysOnce() {
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ofMinutes(30), 0, Duration.ZERO),
                EVENING, rotation(Duration.ofMinutes(30), 0, Duration.ZERO));
        for (ZoneId zone : List.of(BERLIN, NEW_YORK)) {
            // The clocks go back on 25 October 2026 in Berlin (03:00 → 02:00), 1 November in New York (02:00 → 01:00).
            LocalDate change = zone.equals(BERLIN) ? LocalDate.of(2026, 10, 25) : LocalDate.of(2026, 11, 1);
            ZoneSchedule schedule = schedule(zone, daily("00:00", "02:30", DAYTIME), daily("02:30", "06:00", EVENING));
            Instant midnight = change.atStartOfDay(zone).toInstant();
            Instant six = ZonedDateTime.of(change, LocalTime.of(6, 0), zone).toInstant();

            Timeline night = Simulator.timeline(schedule, programmes, works(4, 4, 210), SEED, midnight, six);

            assertContinuous(night.plays(), midnight, six);
            assertThat(Duration.between(midnight, six)).as(zone.getId()).isEqualTo(Duration.ofHours(7));
            Instant handOver = night.plays().stream().filter(play -> play.programme() == EVENING).findFirst()
                    .orElseThrow().start();
            assertThat(handOver).as("02:30 the first time the clock shows it")
                    .isEqualTo(ZonedDateTime.ofLocal(change.atTime(2, 30), zone, null)
                            .withEarlierOffsetAtOverlap().toInstant());
        }
    }

    @Test
    void specialDaysSilenceOrReplaceTheDayparts() {
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ZERO, 0, Duration.ZERO),
                EVENING, new ProgrammeRules.Fixed(List.of(100L, 101L)));
        var dayparts = List.of(daily("08:00", "18:00", DAYTIME), daily("20:00", "02:00", DAYTIME));
        var exceptions = List.of(new DateException(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), EVENING),
                new DateException(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), null));
        var schedule = new ZoneSchedule(BERLIN, dayparts, exceptions);

        Timeline week = Simulator.timeline(schedule, programmes, works(2, 2, 300), SEED,
                local(BERLIN, "2026-12-23T00:00"), local(BERLIN, "2026-12-28T00:00"));

        assertContinuous(week.plays().stream().filter(play -> play.start().isAfter(local(BERLIN, "2026-12-23T19:00"))
                        && play.start().isBefore(local(BERLIN, "2026-12-24T00:00"))).toList(),
                local(BERLIN, "2026-12-23T20:00"), local(BERLIN, "2026-12-24T00:00"));
        assertContinuous(week.plays().stream().filter(play -> play.programme() == EVENING).toList(),
                local(BERLIN, "2026-12-24T00:00"), local(BERLIN, "2026-12-25T00:00"));
        assertThat(week.plays()).noneMatch(play -> play.end().isAfter(local(BERLIN, "2026-12-25T00:00"))
                && play.start().isBefore(local(BERLIN, "2026-12-27T00:00")));
        assertThat(week.playing(local(BERLIN, "2026-12-27T01:00"))).as("the evening daypart goes on past the "
                + "holidays' end: its piece after midnight starts then").isPresent();
        assertThat(week.playing(local(BERLIN, "2026-12-27T00:00")).orElseThrow().start())
                .isEqualTo(local(BERLIN, "2026-12-27T00:00"));
        assertThat(week.gaps()).isEmpty();
    }

    @Test
    void theSameInputsGiveTheSameTimelineWhateverStretchIsAsked() {
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ofMinutes(20), 1,
                Duration.ofMinutes(3)), EVENING, rotation(Duration.ofMinutes(10), 0, Duration.ZERO));
        ZoneSchedule schedule = schedule(BERLIN, daily("07:00", "19:00", DAYTIME), daily("19:00", "01:00", EVENING));
        List<Candidate> works = works(5, 5, 173);
        Instant dayStart = local(BERLIN, "2026-12-09T00:00");
        Instant dayEnd = local(BERLIN, "2026-12-10T00:00");

        Timeline day = Simulator.timeline(schedule, programmes, works, SEED, dayStart, dayEnd);
        List<Candidate> shuffled = new ArrayList<>(works);
        java.util.Collections.reverse(shuffled);

        assertThat(Simulator.timeline(schedule, programmes, shuffled, SEED, dayStart, dayEnd)).isEqualTo(day);
        for (int hour = 0; hour < 24; hour += 5) {
            Instant from = dayStart.plus(Duration.ofMinutes(hour * 60L + 7));
            Instant to = from.plus(Duration.ofMinutes(95));
            Timeline part = Simulator.timeline(schedule, programmes, works, SEED, from, to);
            assertThat(part.plays()).as("from %s", from).isEqualTo(day.plays().stream()
                    .filter(play -> play.end().isAfter(from) && play.start().isBefore(to)).toList());
        }
        Instant instant = local(BERLIN, "2026-12-09T14:00");
        assertThat(Simulator.timeline(schedule, programmes, works, SEED, instant, instant.plusSeconds(1))
                .playing(instant)).isEqualTo(day.playing(instant));
        assertThat(Simulator.timeline(schedule, programmes, works, SEED + 1, dayStart, dayEnd).plays())
                .as("another zone's seed plays another order").isNotEqualTo(day.plays());
    }

    @Test
    void aWorkNotLicensedForBusinessNeverPlaysEvenInAFixedPlaylist() {
        var works = new ArrayList<>(works(2, 3, 120));
        works.add(new Candidate(900, 7, "Jazz", false, 120, false, LONG_AGO));
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, new ProgrammeRules.Fixed(List.of(900L, 100L, 101L)),
                EVENING, rotation(Duration.ZERO, 0, Duration.ZERO));
        ZoneSchedule schedule = schedule(BERLIN, daily("08:00", "12:00", DAYTIME), daily("12:00", "20:00", EVENING));

        Timeline day = Simulator.timeline(schedule, programmes, works, SEED, local(BERLIN, "2026-12-09T00:00"),
                local(BERLIN, "2026-12-10T00:00"));

        assertThat(day.plays()).extracting(Timeline.Play::work).doesNotContain(900L).contains(100L, 101L, 102L);
        assertThat(day.plays().stream().filter(play -> play.programme() == DAYTIME).map(Timeline.Play::work)
                .limit(4)).containsExactly(100L, 101L, 100L, 101L);
    }

    @Test
    void aWorkJoinsWhenItGoesOnSaleAndWhatWasPlannedBeforeStaysAsItWas() {
        Instant ten = local(BERLIN, "2026-12-09T10:00");
        var before = List.of(new Candidate(1, 1, "Jazz", false, 70, true, LONG_AGO),
                new Candidate(2, 2, "Jazz", false, 50, true, LONG_AGO));
        var after = new ArrayList<>(before);
        after.add(new Candidate(3, 3, "Jazz", false, 60, true, ten));
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ZERO, 0, Duration.ZERO),
                EVENING, new ProgrammeRules.Fixed(List.of(3L)));
        ZoneSchedule schedule = schedule(BERLIN, daily("08:00", "18:00", DAYTIME), daily("06:00", "08:00", EVENING));
        Instant from = local(BERLIN, "2026-12-09T00:00");
        Instant to = local(BERLIN, "2026-12-10T00:00");

        Timeline without = Simulator.timeline(schedule, programmes, before, SEED, from, to);
        Timeline with = Simulator.timeline(schedule, programmes, after, SEED, from, to);

        assertThat(with.plays().stream().filter(play -> play.start().isBefore(ten)))
                .isEqualTo(without.plays().stream().filter(play -> play.start().isBefore(ten)).toList())
                .noneMatch(play -> play.work() == 3);
        assertThat(with.plays()).anyMatch(play -> play.work() == 3 && !play.start().isBefore(ten));
        assertThat(Simulator.timeline(schedule, programmes, after, SEED, from, to).gaps())
                .as("the playlist's only work is not on sale before ten").singleElement()
                .returns(Timeline.DeadAir.NO_WORKS, Timeline.Gap::reason)
                .returns(local(BERLIN, "2026-12-09T06:00"), Timeline.Gap::start)
                .returns(local(BERLIN, "2026-12-09T08:00"), Timeline.Gap::end);
        Instant nextDay = local(BERLIN, "2026-12-10T06:00");
        assertThat(Simulator.timeline(schedule, programmes, after, SEED, nextDay, nextDay.plusSeconds(600)).plays())
                .extracting(Timeline.Play::work).containsOnly(3L);
    }

    @Test
    void rulesThePoolCannotMeetLeaveDeadAirThatTheTimelineNames() {
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, rotation(Duration.ofMinutes(30), 0, Duration.ZERO),
                EVENING, rotation(Duration.ZERO, 1, Duration.ZERO));
        ZoneSchedule schedule = schedule(BERLIN, daily("08:00", "09:00", DAYTIME), daily("20:00", "21:00", EVENING));
        // 3 works of 5 minutes with no repeat inside 30 minutes: 15 minutes of music, then 15 of silence.
        Timeline day = Simulator.timeline(schedule, programmes, works(1, 3, 300), SEED,
                local(BERLIN, "2026-12-09T00:00"), local(BERLIN, "2026-12-10T00:00"));

        assertThat(day.gaps()).filteredOn(gap -> gap.programme() == DAYTIME).extracting(Timeline.Gap::start,
                Timeline.Gap::end, Timeline.Gap::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(local(BERLIN, "2026-12-09T08:15"),
                        local(BERLIN, "2026-12-09T08:30"), Timeline.DeadAir.RULES_EXHAUSTED),
                org.assertj.core.groups.Tuple.tuple(local(BERLIN, "2026-12-09T08:45"),
                        local(BERLIN, "2026-12-09T09:00"), Timeline.DeadAir.RULES_EXHAUSTED));
        // One artist can never be separated from itself: one work, then silence to the end of the daypart.
        assertThat(day.plays()).filteredOn(play -> play.programme() == EVENING).hasSize(1);
        assertThat(day.gaps()).filteredOn(gap -> gap.programme() == EVENING).singleElement()
                .returns(local(BERLIN, "2026-12-09T21:00"), Timeline.Gap::end);
        assertThat(day.silent(local(BERLIN, "2026-12-09T20:30")).orElseThrow().reason())
                .isEqualTo(Timeline.DeadAir.RULES_EXHAUSTED);

        var nothingMatches = Map.<Long, ProgrammeRules>of(DAYTIME, new ProgrammeRules.Rotation(Set.of("Polka"),
                Set.of(), Set.of(), false, Duration.ZERO, 0, Duration.ZERO), EVENING, programmes.get(EVENING));
        Timeline polka = Simulator.timeline(schedule, nothingMatches, works(1, 3, 300), SEED,
                local(BERLIN, "2026-12-09T00:00"), local(BERLIN, "2026-12-10T00:00"));
        assertThat(polka.gaps()).filteredOn(gap -> gap.programme() == DAYTIME).singleElement()
                .returns(Timeline.DeadAir.NO_WORKS, Timeline.Gap::reason)
                .returns(local(BERLIN, "2026-12-09T08:00"), Timeline.Gap::start);
    }

    @Test
    void rotationFiltersByGenreArtistAndExplicitness() {
        var works = List.of(
                new Candidate(1, 1, "jazz", false, 60, true, LONG_AGO),
                new Candidate(2, 1, "Jazz", true, 60, true, LONG_AGO),
                new Candidate(3, 2, "Jazz", false, 60, true, LONG_AGO),
                new Candidate(4, 3, "Jazz", false, 60, true, LONG_AGO),
                new Candidate(5, 1, "Folk", false, 60, true, LONG_AGO));
        var programmes = Map.<Long, ProgrammeRules>of(DAYTIME, new ProgrammeRules.Rotation(Set.of("JAZZ"),
                Set.of(1L, 2L), Set.of(2L), true, Duration.ZERO, 0, Duration.ZERO));

        Timeline hour = Simulator.timeline(schedule(BERLIN, daily("08:00", "09:00", DAYTIME)), programmes, works,
                SEED, local(BERLIN, "2026-12-09T08:00"), local(BERLIN, "2026-12-09T09:00"));

        assertThat(hour.plays()).hasSize(60).allMatch(play -> play.work() == 1);
    }

    @Test
    void overlappingDaypartsAndSpecialDaysAreNamed() {
        var sunday = new Daypart(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(22, 0), LocalTime.of(2, 0), DAYTIME);
        var monday = new Daypart(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(1, 0), LocalTime.of(3, 0), EVENING);
        var tuesday = new Daypart(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(2, 0), LocalTime.of(2, 0), EVENING);
        var wednesday = new Daypart(EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(1, 0), LocalTime.of(3, 0), EVENING);
        var exceptions = List.of(new DateException(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), null),
                new DateException(LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 27), DAYTIME),
                new DateException(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 30), null));

        Map<String, String> conflicts = new ZoneSchedule(BERLIN, List.of(sunday, monday, tuesday, wednesday),
                exceptions).conflicts();

        assertThat(conflicts).containsOnlyKeys("dayparts[1]", "dayparts[3]", "exceptions[1]", "exceptions[2]");
        assertThat(conflicts.get("dayparts[1]")).contains("overlaps daypart 1 on Monday");
        assertThat(conflicts.get("dayparts[3]")).contains("daypart 3 on Wednesday");
        assertThat(new ZoneSchedule(BERLIN, List.of(sunday, daily("02:00", "22:00", EVENING)), List.of())
                .conflicts()).as("they meet but do not overlap").isEmpty();
        assertThat(tuesday.wallClockLength()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aClosedScheduleAndAClosedDayPlayNothingAndAreNotDeadAir() {
        var programmes = new HashMap<Long, ProgrammeRules>(Map.of(DAYTIME, rotation(Duration.ZERO, 0,
                Duration.ZERO)));
        var schedule = new ZoneSchedule(BERLIN, List.of(daily("08:00", "18:00", DAYTIME)),
                List.of(new DateException(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9), null)));

        Timeline closed = Simulator.timeline(schedule, programmes, works(1, 1, 60), SEED,
                local(BERLIN, "2026-12-09T00:00"), local(BERLIN, "2026-12-10T00:00"));

        assertThat(closed.plays()).isEmpty();
        assertThat(closed.gaps()).isEmpty();
    }
}
