package io.backbeat.player.store.venue;

import io.backbeat.business.ZoneTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The zone's timeline as last fetched, kept so the venue plays on when the store is unreachable. */
public final class TimelineFile {

    private final Path file;

    public TimelineFile(Path folder, long zone) {
        this.file = folder.resolve("zone-" + zone + "-timeline.json");
    }

    public void save(ZoneTimeline timeline) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
        VenueJson.MAPPER.writeValue(temporary.toFile(), timeline);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The saved timeline; empty before the first fetch. */
    public Optional<ZoneTimeline> load() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(VenueJson.MAPPER.readValue(file.toFile(), ZoneTimeline.class));
    }
}
