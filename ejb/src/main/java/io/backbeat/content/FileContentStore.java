package io.backbeat.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The content store on this node's disk: {@code <root>/ab/cd/abcd…} so no folder grows huge. A blob is
 * written to a temporary file, forced to disk, then moved into place atomically: a crash leaves either the
 * whole blob or a stray temporary file, never half a blob under a real name, and the strays are removed when the
 * store opens again.
 */
@ApplicationScoped
public class FileContentStore implements ContentStore {

    private static final Logger LOG = Logger.getLogger(FileContentStore.class.getName());

    @Inject
    @ConfigProperty(name = "backbeat.content.dir")
    Optional<String> configuredRoot;

    private Path root;
    private Path incoming;

    @PostConstruct
    void open() {
        root = Path.of(configuredRoot.orElseGet(
                () -> System.getProperty("jboss.server.data.dir", "data") + "/backbeat/content"));
        incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
            removeStrays();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the content store at " + root, e);
        }
    }

    /** Work in progress when this node last stopped, which nothing will ever finish. */
    private void removeStrays() throws IOException {
        try (var strays = Files.list(incoming)) {
            for (Path stray : (Iterable<Path>) strays::iterator) {
                Files.deleteIfExists(stray);
                LOG.info(() -> "Removed " + stray.getFileName() + ", left in the content store by an interrupted run");
            }
        }
    }

    @Override
    public ContentId put(InputStream in, long maxBytes) throws IOException {
        Path temporary = Files.createTempFile(incoming, "put-", ".part");
        try {
            var digest = new DigestInputStream(in, sha256());
            long size = 0;
            try (var out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = digest.read(buffer)) != -1; ) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    out.write(ByteBuffer.wrap(buffer, 0, read));
                }
                out.force(true);
            }
            String id = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            Path target = pathOf(id);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new ContentId(id, size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public boolean contains(String id) {
        return Files.exists(pathOf(id));
    }

    @Override
    public SeekableByteChannel open(String id) throws IOException {
        return FileChannel.open(pathOf(id), StandardOpenOption.READ);
    }

    @Override
    public long size(String id) throws IOException {
        return Files.size(pathOf(id));
    }

    @Override
    public Path file(String id) throws IOException {
        Path path = pathOf(id);
        if (!Files.isRegularFile(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString(), null, "not in the content store");
        }
        return path;
    }

    @Override
    public Path scratch(String suffix) throws IOException {
        return Files.createTempFile(incoming, "scratch-", suffix);
    }

    private Path pathOf(String id) {
        ContentId.requireValid(id);
        return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
