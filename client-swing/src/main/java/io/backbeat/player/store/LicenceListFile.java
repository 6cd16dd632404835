package io.backbeat.player.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbeat.purchase.LicenceStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The last list of licences the store gave ({@code licences.json} in the library folder), so that with the store
 * out of reach the purchases on this player still show their titles. Only a convenience: losing it loses nothing.
 */
public final class LicenceListFile {

    private static final TypeReference<List<LicenceStatus>> LICENCES = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public LicenceListFile(Path libraryFolder) {
        file = libraryFolder.resolve("licences.json");
    }

    public synchronized void save(List<LicenceStatus> licences) throws IOException {
        Files.createDirectories(file.getParent());
        var temporary = Files.createTempFile(file.getParent(), "licences", ".new");
        try {
            json.writeValue(temporary.toFile(), licences);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The saved list; none if there is no file or it cannot be read (it is only a cache). */
    public synchronized List<LicenceStatus> load() throws IOException {
        try {
            return json.readValue(Files.readAllBytes(file), LICENCES);
        } catch (NoSuchFileException | JacksonException e) {
            return List.of();
        }
    }
}
