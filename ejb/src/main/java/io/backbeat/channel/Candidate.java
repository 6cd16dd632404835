package io.backbeat.channel;

/** A work a channel may play, with its artist, for the artist separation. */
public record Candidate(long work, long artist) {
}
