package io.backbeat.channel;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last few seconds of one channel's encoded stream, shared by all its listeners: a ring of chunks, each a run
 * of whole MP3 frames of one track, numbered in order. One broadcaster appends; any number of listeners read, each
 * at its own number, without locks. A chunk that falls out of the ring is gone for a listener that had not reached
 * it: it rejoins near the live end instead of holding anyone else back.
 */
final class StreamBuffer {

    /** Frames of one track, {@code nanos} of audio; {@code seq} counts chunks from the stream's start. */
    record Chunk(long seq, byte[] bytes, long nanos, NowPlaying playing) {
    }

    private final AtomicReferenceArray<Chunk> ring;
    private volatile long head;

    StreamBuffer(int chunks) {
        ring = new AtomicReferenceArray<>(chunks);
    }

    void append(byte[] bytes, long nanos, NowPlaying playing) {
        long seq = head;
        ring.set(slot(seq), new Chunk(seq, bytes, nanos, playing));
        head = seq + 1;
    }

    /** The chunk numbered {@code seq}, or null if it is not there yet or no longer. */
    Chunk get(long seq) {
        if (seq >= head || seq < 0) {
            return null;
        }
        Chunk chunk = ring.get(slot(seq));
        return chunk != null && chunk.seq() == seq ? chunk : null;
    }

    /** The number the next chunk will have. */
    long head() {
        return head;
    }

    /** The oldest chunk still held. */
    long oldest() {
        return Math.max(0, head - ring.length());
    }

    /** Where a listener starts to receive about {@code burstNanos} of audio at once: players start sooner. */
    long startFor(long burstNanos) {
        long seq = head;
        long gathered = 0;
        while (gathered < burstNanos && seq > oldest()) {
            Chunk chunk = get(seq - 1);
            if (chunk == null) {
                break;
            }
            gathered += chunk.nanos();
            seq--;
        }
        return seq;
    }

    /** The latest chunk, or null before the first. */
    Chunk latest() {
        return get(head - 1);
    }

    private int slot(long seq) {
        return (int) (seq % ring.length());
    }
}
