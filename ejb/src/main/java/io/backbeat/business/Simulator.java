package io.backbeat.business;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a zone plays: a pure function of its schedule, its programmes, the candidate works and a seed, with no
 * database and no clock. Each {@link ZoneSchedule.Segment} is planned from its own start, whatever stretch was
 * asked for, with a {@link Random} seeded from the zone's seed, the segment's start and its programme
 * ({@code java.util.Random}'s sequence is fixed by its specification, so every JVM plans the same), over the works
 * sorted by id. Asking for a day or for one minute of it gives the same plays; the rules hold within a segment, and
 * a new segment starts over.
 */
public final class Simulator {

    private Simulator() {
    }

    public static Timeline timeline(ZoneSchedule schedule, Map<Long, ProgrammeRules> programmes,
                                    Collection<Candidate> works, long seed, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("An empty stretch: " + from + " to " + to);
        }
        var byId = new HashMap<Long, Candidate>();
        works.forEach(work -> byId.put(work.work(), work));
        var plays = new ArrayList<Timeline.Play>();
        var gaps = new ArrayList<Timeline.Gap>();
        for (ZoneSchedule.Segment segment : schedule.segments(from, to)) {
            ProgrammeRules rules = programmes.get(segment.programme());
            if (rules == null) {
                throw new IllegalArgumentException("The schedule names programme " + segment.programme()
                        + ", which was not given");
            }
            var planner = new Planner(segment, byId, seed);
            Instant until = segment.end().isBefore(to) ? segment.end() : to;
            if (rules instanceof ProgrammeRules.Fixed fixed) {
                planner.fixed(fixed, until);
            } else {
                planner.rotation((ProgrammeRules.Rotation) rules, until);
            }
            planner.plays.stream().filter(play -> play.end().isAfter(from)).forEach(plays::add);
            planner.gaps.stream().filter(gap -> gap.end().isAfter(from)).forEach(gaps::add);
        }
        return new Timeline(plays, gaps);
    }

    /**
     * Plans one segment from its start. A work joins the moment it goes on sale, so what was planned before that
     * moment never changes: a segment's past is the same whenever it is asked about.
     */
    private static final class Planner {

        final ZoneSchedule.Segment segment;
        final Map<Long, Candidate> works;
        final Random random;
        final List<Timeline.Play> plays = new ArrayList<>();
        final List<Timeline.Gap> gaps = new ArrayList<>();
        Instant now;

        Planner(ZoneSchedule.Segment segment, Map<Long, Candidate> works, long seed) {
            this.segment = segment;
            this.works = works;
            this.random = new Random((seed * 31 + segment.start().getEpochSecond()) * 31 + segment.programme());
            this.now = segment.start();
        }

        static boolean playable(Candidate work) {
            return work.licensedForBusiness() && work.seconds() > 0;
        }

        boolean onSale(Candidate work) {
            return !work.availableSince().isAfter(now);
        }

        /** When the first of these works not on sale yet goes on sale; {@link Instant#MAX} if none. */
        Instant nextOnSale(List<Candidate> candidates) {
            return candidates.stream().map(Candidate::availableSince).filter(since -> since.isAfter(now))
                    .min(Comparator.naturalOrder()).orElse(Instant.MAX);
        }

        void fixed(ProgrammeRules.Fixed fixed, Instant until) {
            List<Candidate> list = fixed.works().stream().map(works::get)
                    .filter(work -> work != null && playable(work)).toList();
            int next = 0;
            while (now.isBefore(until)) {
                int position = -1;
                for (int step = 0; step < list.size() && position < 0; step++) {
                    int candidate = (next + step) % list.size();
                    position = onSale(list.get(candidate)) ? candidate : -1;
                }
                if (position < 0) {
                    silence(nextOnSale(list), Timeline.DeadAir.NO_WORKS);
                    continue;
                }
                play(list.get(position));
                next = (position + 1) % list.size();
            }
        }

        void rotation(ProgrammeRules.Rotation rules, Instant until) {
            List<Candidate> pool = works.values().stream().filter(work -> playable(work) && rules.admits(work))
                    .sorted(Comparator.comparingLong(Candidate::work)).toList();
            var workStarted = new HashMap<Long, Instant>();
            var artistStarted = new HashMap<Long, Instant>();
            Deque<Long> recentArtists = new ArrayDeque<>();
            while (now.isBefore(until)) {
                List<Candidate> onSale = pool.stream().filter(this::onSale).toList();
                if (onSale.isEmpty()) {
                    silence(nextOnSale(pool), Timeline.DeadAir.NO_WORKS);
                    continue;
                }
                List<Candidate> eligible = onSale.stream()
                        .filter(work -> !now.isBefore(readyAt(work, rules, workStarted, artistStarted, recentArtists)))
                        .toList();
                if (eligible.isEmpty()) {
                    // Nothing may play now: silence until the clock frees a work, or a new one goes on sale.
                    Instant free = onSale.stream()
                            .map(work -> readyAt(work, rules, workStarted, artistStarted, recentArtists))
                            .min(Comparator.naturalOrder()).orElse(Instant.MAX);
                    Instant joins = nextOnSale(pool);
                    silence(free.isBefore(joins) ? free : joins, Timeline.DeadAir.RULES_EXHAUSTED);
                    continue;
                }
                Candidate work = eligible.get(random.nextInt(eligible.size()));
                workStarted.put(work.work(), now);
                artistStarted.put(work.artist(), now);
                recentArtists.addLast(work.artist());
                if (recentArtists.size() > rules.artistSeparationTracks()) {
                    recentArtists.removeFirst();
                }
                play(work);
            }
        }

        /** When the rules let this work start, if nothing else plays first; {@link Instant#MAX} for never. */
        private static Instant readyAt(Candidate work, ProgrammeRules.Rotation rules, Map<Long, Instant> workStarted,
                                       Map<Long, Instant> artistStarted, Deque<Long> recentArtists) {
            if (recentArtists.contains(work.artist())) {
                return Instant.MAX; // only other works playing can separate it from its artist's last one
            }
            Instant ready = Instant.MIN;
            ready = later(ready, workStarted.get(work.work()), rules.noRepeat());
            return later(ready, artistStarted.get(work.artist()), rules.artistSeparation());
        }

        private static Instant later(Instant ready, Instant started, Duration gap) {
            if (started == null || gap.isZero()) {
                return ready;
            }
            Instant free = started.plus(gap);
            return free.isAfter(ready) ? free : ready;
        }

        private void play(Candidate work) {
            Instant end = now.plusSeconds(work.seconds());
            end = end.isBefore(segment.end()) ? end : segment.end();
            plays.add(new Timeline.Play(work.work(), segment.programme(), now, end));
            now = end;
        }

        /** Dead air from now until {@code until}, or the segment's end if that comes first. */
        private void silence(Instant until, Timeline.DeadAir reason) {
            Instant end = until.isBefore(segment.end()) ? until : segment.end();
            if (!gaps.isEmpty() && gaps.get(gaps.size() - 1).end().equals(now)
                    && gaps.get(gaps.size() - 1).reason() == reason) {
                Timeline.Gap last = gaps.remove(gaps.size() - 1);
                gaps.add(new Timeline.Gap(last.start(), end, segment.programme(), reason));
            } else {
                gaps.add(new Timeline.Gap(now, end, segment.programme(), reason));
            }
            now = end;
        }
    }
}
