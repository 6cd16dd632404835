package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a timeline plays without a break over a stretch: what a dead-air alert waits for. */
class TimelineTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private static Timeline.Play play(long work, int fromMinute, int toMinute) {
        return new Timeline.Play(work, 1, NINE.plusSeconds(60L * fromMinute), NINE.plusSeconds(60L * toMinute));
    }

    private static Instant at(int minute) {
        return NINE.plusSeconds(60L * minute);
    }

    @Test
    void backToBackPlaysInAnyOrderCoverTheStretch() {
        var timeline = new Timeline(List.of(play(2, 3, 6), play(1, 0, 3), play(3, 6, 9)), List.of());
        assertThat(timeline.playsThroughout(at(1), at(8))).isTrue();
        assertThat(timeline.playsThroughout(at(0), at(9))).isTrue();
    }

    @Test
    void aBreakOrAnOpeningInsideTheStretchDoesNot() {
        var gap = new Timeline(List.of(play(1, 0, 3), play(2, 4, 9)), List.of());
        assertThat(gap.playsThroughout(at(1), at(8))).isFalse();
        assertThat(gap.playsThroughout(at(4), at(8))).isTrue();

        var openedAtFive = new Timeline(List.of(play(1, 5, 9)), List.of());
        assertThat(openedAtFive.playsThroughout(at(4), at(6))).isFalse();
        assertThat(new Timeline(List.of(), List.of()).playsThroughout(at(4), at(6))).isFalse();
    }

    @Test
    void aStretchEndingAfterTheLastPlayIsNotCovered() {
        var timeline = new Timeline(List.of(play(1, 0, 3)), List.of());
        assertThat(timeline.playsThroughout(at(1), at(4))).isFalse();
        assertThat(timeline.playsThroughout(at(1), at(3))).isTrue();
    }
}
