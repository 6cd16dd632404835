package io.backbeat.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamBufferTest {

    private static final long CHUNK_NANOS = 200_000_000L;

    private static StreamBuffer filled(int capacity, int chunks) {
        var buffer = new StreamBuffer(capacity);
        for (int i = 0; i < chunks; i++) {
            buffer.append(new byte[] {(byte) i}, CHUNK_NANOS, NowPlaying.NOTHING);
        }
        return buffer;
    }

    @Test
    void chunksAreReadInOrderUntilTheHead() {
        var buffer = filled(10, 3);
        assertThat(buffer.get(0).bytes()).containsExactly(0);
        assertThat(buffer.get(2).bytes()).containsExactly(2);
        assertThat(buffer.get(3)).as("not appended yet").isNull();
        assertThat(buffer.latest().seq()).isEqualTo(2);
    }

    @Test
    void theOldestChunksLeaveTheRing() {
        var buffer = filled(10, 25);
        assertThat(buffer.oldest()).isEqualTo(15);
        assertThat(buffer.get(14)).isNull();
        assertThat(buffer.get(15).bytes()).containsExactly(15);
    }

    @Test
    void aNewListenerStartsABurstBehindTheLiveEnd() {
        assertThat(filled(100, 50).startFor(4_000_000_000L)).isEqualTo(30); // 20 chunks of 200 ms
        assertThat(filled(100, 5).startFor(4_000_000_000L)).as("a young stream from its start").isZero();
        assertThat(filled(10, 50).startFor(4_000_000_000L)).as("no further back than the ring").isEqualTo(40);
        assertThat(new StreamBuffer(10).startFor(4_000_000_000L)).isZero();
    }
}
