package io.backbeat.player.store.venue;

import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The zone's play log as this player keeps it: every record signed and chained as it is logged, one JSON line each
 * ({@code zone-<id>-plays.jsonl}, appended and never rewritten), and how far the store has confirmed receiving it
 * ({@code zone-<id>-plays-uploaded}). Records past that point are what the next upload sends.
 */
public final class PlayLogFile {

    private final long zone;
    private final Path log;
    private final Path uploaded;

    public PlayLogFile(Path folder, long zone) {
        this.zone = zone;
        this.log = folder.resolve("zone-" + zone + "-plays.jsonl");
        this.uploaded = folder.resolve("zone-" + zone + "-plays-uploaded");
    }

    /** Every record logged, oldest first. */
    public List<SignedPlay> all() throws IOException {
        var plays = new ArrayList<SignedPlay>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    plays.add(VenueJson.MAPPER.readValue(line, SignedPlay.class));
                }
            }
        }
        return plays;
    }

    /** The {@code previous} of the next record: the last one's hash, or the zone's genesis for this player. */
    public String head(String playerFingerprint) throws IOException {
        List<SignedPlay> plays = all();
        return plays.isEmpty() ? PlayRecord.genesis(zone, playerFingerprint)
                : plays.get(plays.size() - 1).play().hash();
    }

    public long size() throws IOException {
        return all().size();
    }

    public void append(SignedPlay play) throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, VenueJson.MAPPER.writeValueAsString(play) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }

    /** The sequence number of the last record the store confirmed; 0 before the first. */
    public long uploadedThrough() throws IOException {
        return Files.exists(uploaded) ? Long.parseLong(Files.readString(uploaded).strip()) : 0;
    }

    public void uploadedThrough(long sequence) throws IOException {
        Files.createDirectories(uploaded.getParent());
        Path temporary = Files.createTempFile(uploaded.getParent(), uploaded.getFileName().toString(), ".new");
        Files.writeString(temporary, Long.toString(sequence));
        Files.move(temporary, uploaded, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The records the store has not confirmed, oldest first. */
    public List<SignedPlay> pending() throws IOException {
        long through = uploadedThrough();
        return all().stream().filter(play -> play.play().sequence() > through).toList();
    }
}
