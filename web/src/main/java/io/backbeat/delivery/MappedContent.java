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
 * Stored files mapped into memory once and shared by every stream that sends them, so a listener holds no file
 * descriptor and no buffer of its own, and the bytes come straight from the page cache. Blobs never change (their
 * name is their hash), so a mapping never goes stale; the least recently used ones beyond
 * {@code backbeat.preview.mapped-files} are dropped and unmapped once no stream still reads them.
 */
@ApplicationScoped
public class MappedContent {

    @Inject
    ContentStore store;

    @Inject
    @ConfigProperty(name = "backbeat.preview.mapped-files", defaultValue = "1024")
    int capacity;

    private final Map<String, ByteBuffer> mapped = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ByteBuffer> eldest) {
            return size() > capacity;
        }
    };

    /** The whole blob, read-only; each caller gets its own position and limit over the shared mapping. */
    public ByteBuffer bytes(String contentId) throws IOException {
        ByteBuffer buffer;
        synchronized (mapped) {
            buffer = mapped.get(contentId);
        }
        if (buffer == null) {
            try (var file = FileChannel.open(store.file(contentId), StandardOpenOption.READ)) {
                buffer = file.map(FileChannel.MapMode.READ_ONLY, 0, file.size());
            }
            synchronized (mapped) {
                // Two first listeners may map it twice; one mapping stays, the other goes with its stream.
                mapped.putIfAbsent(contentId, buffer);
            }
        }
        return buffer.duplicate();
    }
}
