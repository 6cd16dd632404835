package io.backbeat.player.model.venue;

import io.backbeat.business.ZoneTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A zone's timeline as the venue player keeps it: what should sound at any instant it covers, and which works it
 * needs on disk to play it all. The store answers the same timeline to the same question, so playing this by the
 * wall clock is playing the zone's schedule, with or without the store.
 */
public record VenueSchedule(ZoneTimeline timeline) {

    /** The play sounding at an instant, and how far into it the instant is. */
    public record Cue(ZoneTimeline.Play play, Duration offset) {
    }

    /** The play that should be sounding at {@code at}; empty in dead air, in closed hours, or past the timeline. */
    public Optional<Cue> at(Instant at) {
        return timeline.plays().stream().filter(play -> !play.start().isAfter(at) && play.end().isAfter(at))
                .findFirst().map(play -> new Cue(play, Duration.between(play.start(), at)));
    }

    /** The play that begins as {@code play} ends, if the timeline has one: what a skip brings forward. */
    public Optional<ZoneTimeline.Play> following(ZoneTimeline.Play play) {
        return timeline.plays().stream().filter(next -> next.start().equals(play.end())).findFirst();
    }

    /** Whether the timeline still says what plays at {@code at}. */
    public boolean covers(Instant at) {
        return !timeline.from().isAfter(at) && timeline.to().isAfter(at);
    }

    /** The works the timeline plays from {@code at} on, soonest first. */
    public Set<Long> worksFrom(Instant at) {
        var works = new LinkedHashSet<Long>();
        timeline.plays().stream().filter(play -> play.end().isAfter(at)).forEach(play -> works.add(play.work()));
        return works;
    }
}
