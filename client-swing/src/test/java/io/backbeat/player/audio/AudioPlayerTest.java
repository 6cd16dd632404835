package io.backbeat.player.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.testing.Mp3Fixtures;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AudioPlayerTest {

    private final AtomicReference<CapturingLine> line = new AtomicReference<>();
    private final CountDownLatch writesAllowed = new CountDownLatch(1);
    private final AudioPlayer player = new AudioPlayer(format -> {
        line.set(new CapturingLine(format, writesAllowed));
        return line.get();
    });

    @Test
    void everyDecodedFrameReachesTheLineAndTheEndIsReported() throws Exception {
        var pcm = Mp3Decoder.decode(Mp3Fixtures.toneLike(1));
        var finished = new CountDownLatch(1);
        writesAllowed.countDown();

        player.play(pcm, finished::countDown);

        assertThat(finished.await(10, TimeUnit.SECONDS)).as("playback finished").isTrue();
        assertThat(line.get().heard()).isEqualTo(pcm.samples());
        assertThat(line.get().closed()).isTrue();
        assertThat(line.get().format).isEqualTo(pcm.format());
    }

    @Test
    void aStoppedPlaybackClosesItsLineAndNeverReportsAnEnd() throws Exception {
        var pcm = Mp3Decoder.decode(Mp3Fixtures.toneLike(1));
        var finished = new CountDownLatch(1);
        player.play(pcm, finished::countDown);

        player.stop();

        assertThat(line.get().closed()).isTrue();
        assertThat(finished.await(1, TimeUnit.SECONDS)).as("reported an end").isFalse();
        assertThat(line.get().heard()).isEmpty();
    }

    @Test
    void aSilentLineTellsThePlayerNothingCanBeHeard() throws Exception {
        var silent = new AudioPlayer(SilentLine::new);

        var audible = silent.play(Mp3Decoder.decode(Mp3Fixtures.toneLike(1)), () -> { });
        silent.stop();

        assertThat(audible).isFalse();
    }

    @Test
    void aSeekPlaysOnFromThereOnAFreshLineAndCountsThePositionFromThere() throws Exception {
        var pcm = Mp3Decoder.decode(Mp3Fixtures.toneLike(2));
        var finished = new CountDownLatch(1);
        player.play(pcm, finished::countDown);
        var first = line.get();

        player.seek(1_500);
        writesAllowed.countDown();

        assertThat(finished.await(10, TimeUnit.SECONDS)).as("playback finished").isTrue();
        assertThat(first.closed()).as("the line before the seek").isTrue();
        assertThat(first.heard()).isEmpty();
        var frame = pcm.format().getFrameSize();
        var from = Math.round(1.5 * pcm.format().getFrameRate()) * frame;
        assertThat(line.get().heard()).isEqualTo(java.util.Arrays.copyOfRange(pcm.samples(), (int) from,
                pcm.samples().length));
        assertThat(finished.getCount()).isZero();
    }

    @Test
    void aSeekWhilePausedStaysPausedAndOutsideTheSoundIsKeptInside() throws Exception {
        var pcm = Mp3Decoder.decode(Mp3Fixtures.toneLike(1));
        writesAllowed.countDown();
        player.play(pcm, () -> { });
        player.pause();

        player.seek(60_000);

        assertThat(player.positionMillis()).isEqualTo(pcm.durationMillis());
        player.seek(-5);
        assertThat(player.positionMillis()).isZero();
        Thread.sleep(200);
        assertThat(line.get().heard()).as("heard while paused").isEmpty();
        player.stop();
    }
}
