package io.backbeat.player.model.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.business.ZoneTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VenueScheduleTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private final ZoneTimeline.Play first = play(7, NINE, 180);
    private final ZoneTimeline.Play second = play(8, NINE.plusSeconds(180), 200);
    // Dead air from 09:06:20 to 09:10, then the first work again.
    private final ZoneTimeline.Play third = play(7, NINE.plusSeconds(600), 180);
    private final VenueSchedule schedule = new VenueSchedule(new ZoneTimeline(1, "Europe/Berlin", NINE,
            NINE.plus(Duration.ofHours(1)), List.of(first, second, third), List.of()));

    @Test
    void thePlaySoundingNowIsJoinedAsFarInAsNowIs() {
        assertThat(schedule.at(NINE)).hasValue(new VenueSchedule.Cue(first, Duration.ZERO));
        assertThat(schedule.at(NINE.plusSeconds(179))).hasValue(new VenueSchedule.Cue(first, Duration.ofSeconds(179)));
        assertThat(schedule.at(NINE.plusSeconds(180))).hasValue(new VenueSchedule.Cue(second, Duration.ZERO));
        assertThat(schedule.at(NINE.plusSeconds(650))).hasValue(new VenueSchedule.Cue(third, Duration.ofSeconds(50)));
    }

    @Test
    void deadAirAndTimeOutsideTheTimelinePlayNothing() {
        assertThat(schedule.at(NINE.plusSeconds(400))).isEmpty();
        assertThat(schedule.at(NINE.minusSeconds(1))).isEmpty();
        assertThat(schedule.at(NINE.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(schedule.covers(NINE.plusSeconds(400))).isTrue();
        assertThat(schedule.covers(NINE.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void theWorksNeededAreThoseStillToEndOnceEach() {
        assertThat(schedule.worksFrom(NINE)).containsExactly(7L, 8L);
        assertThat(schedule.worksFrom(NINE.plusSeconds(400))).containsExactly(7L);
    }

    private static ZoneTimeline.Play play(long work, Instant start, long seconds) {
        return new ZoneTimeline.Play(work, "Work " + work, "Artist", 3, start, start.plusSeconds(seconds));
    }
}
