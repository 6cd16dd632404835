package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreviewLimitTest {

    private PreviewLimit limit;

    @BeforeEach
    void sixtyAMinute() {
        limit = limit(60, 10, 3);
    }

    @Test
    void theSixtyFirstNewPreviewInAMinuteWaitsForATokenToRefill() {
        for (int work = 1; work <= 60; work++) {
            assertThat(limit.admit("192.0.2.1", work, false)).as("preview %d", work).isZero();
        }

        assertThat(limit.admit("192.0.2.1", 61, false)).isEqualTo(1);
    }

    @Test
    void anotherAddressHasItsOwnBucket() {
        for (int work = 1; work <= 60; work++) {
            limit.admit("192.0.2.1", work, false);
        }

        assertThat(limit.admit("192.0.2.2", 1, false)).isZero();
    }

    @Test
    void rangesThatContinueAListenAreFreeUpToTheirAllowance() {
        for (int work = 1; work <= 60; work++) {
            limit.admit("192.0.2.1", work, false);
        }

        assertThat(limit.admit("192.0.2.1", 7, true)).as("a seek in a preview already started").isZero();
        assertThat(limit.admit("192.0.2.1", 7, true)).isZero();
        assertThat(limit.admit("192.0.2.1", 7, true)).isZero();
        assertThat(limit.admit("192.0.2.1", 7, true)).as("the fourth range of one listen").isPositive();
        assertThat(limit.admit("192.0.2.1", 61, true)).as("a range of a work never started").isPositive();
        assertThat(limit.admit("192.0.2.1", 7, false)).as("a whole GET starts a listen anew").isPositive();
    }

    @Test
    void aLimitOfNothingIsAConfigurationError() {
        assertThatThrownBy(() -> limit(0, 10, 3).check()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("backbeat.preview.rate-limit.per-minute must be at least 1");
    }

    private static PreviewLimit limit(int perMinute, int listenMinutes, int rangesPerListen) {
        var limit = new PreviewLimit();
        limit.perMinute = perMinute;
        limit.listenMinutes = listenMinutes;
        limit.rangesPerListen = rangesPerListen;
        return limit;
    }
}
