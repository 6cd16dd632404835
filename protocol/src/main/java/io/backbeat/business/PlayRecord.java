package io.backbeat.business;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One play a venue player logged: which work it played in which zone, from when to when, whether it was online
 * (playing the zone's stream) or offline (from its own store), its place in the zone's log ({@code sequence}, from 1)
 * and the hash of the record before it ({@code previous}; the first record's is {@link #genesis}). The player signs
 * {@link #canonical()}; {@link #hash()} is the next record's {@code previous}, so a record altered, dropped or moved
 * breaks every link after it.
 */
public record PlayRecord(long zone, long work, Instant start, Instant end, boolean online, long sequence,
                         String previous) {

    /** The {@code previous} of a zone's first record from a player: bound to both, so no log passes as another. */
    public static String genesis(long zone, String playerFingerprint) {
        return sha256("backbeat-play-genesis v1 " + zone + " " + playerFingerprint);
    }

    /**
     * The bytes that are hashed and signed: fixed order, one space apart, instants in ISO-8601 UTC as
     * {@link Instant#toString()} writes them (which parses back to the same text).
     */
    public byte[] canonical() {
        return String.join(" ", "backbeat-play v1", Long.toString(zone), Long.toString(work), start.toString(),
                end.toString(), online ? "online" : "offline", Long.toString(sequence), previous)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** SHA-256 of {@link #canonical()}, lower-case hex. */
    public String hash() {
        return HexFormat.of().formatHex(digest(canonical()));
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
