package io.backbeat.delivery;

import io.backbeat.content.ContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stored files opened and mapped into memory once and shared by every stream that sends them, so a listener holds
 * no file descriptor and no buffer of its own, and the bytes come straight from the page cache. Blobs never change
 * (their name is their hash), so an open file never goes stale. Beyond {@code backbeat.content.open-files}, the
 * least recently used ones are dropped; a stream still sending one keeps it, and the JDK closes and unmaps it once
 * no stream refers to it any more (a {@link FileChannel} no code can reach is closed by its cleaner).
 */
@ApplicationScoped
public class OpenContent {

    /**
     * A blob open for reading and mapped, shared: read the file only at explicit positions
     * ({@code transferTo(position, …)}), never through its own position, and never close it; take views of the
     * mapping ({@code slice}, {@code duplicate}) rather than moving its position.
     */
    public record Blob(FileChannel file, ByteBuffer mapping) {
    }

    @Inject
    ContentStore store;

    @Inject
    @ConfigProperty(name = "backbeat.content.open-files", defaultValue = "1024")
    int capacity;

    private final Map<String, Blob> open = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Blob> eldest) {
            return size() > capacity;
        }
    };

    /** The whole blob, read-only; each caller gets its own position and limit over the shared mapping. */
    public ByteBuffer bytes(String contentId) throws IOException {
        return open(contentId).mapping().duplicate();
    }

    public Blob open(String contentId) throws IOException {
        Blob found;
        synchronized (open) {
            found = open.get(contentId);
        }
        if (found == null) {
            var file = FileChannel.open(store.file(contentId), StandardOpenOption.READ);
            try {
                found = new Blob(file, file.map(FileChannel.MapMode.READ_ONLY, 0, file.size()));
            } catch (IOException | RuntimeException e) {
                file.close();
                throw e;
            }
            synchronized (open) {
                // Two first listeners may open it twice: one stays, the other is dropped (and closed by its cleaner).
                Blob first = open.putIfAbsent(contentId, found);
                found = first == null ? found : first;
            }
        }
        return found;
    }
}
