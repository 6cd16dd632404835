package io.backbeat.player.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void durationsReadAsMinutesAndSeconds() {
        assertThat(Durations.minutesSeconds(185)).isEqualTo("3:05");
        assertThat(Durations.minutesSeconds(59)).isEqualTo("0:59");
        assertThat(Durations.minutesSeconds(3730)).isEqualTo("62:10");
    }
}
