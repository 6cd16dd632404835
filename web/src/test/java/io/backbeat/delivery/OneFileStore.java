package io.backbeat.delivery;

import io.backbeat.content.ContentId;
import io.backbeat.content.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A content store holding one file, on disk so it is read through a real seekable channel. */
record OneFileStore(String id, Path file) implements ContentStore {

    static OneFileStore holding(byte[] bytes, Path folder) throws IOException {
        return new OneFileStore("ab".repeat(32), Files.write(folder.resolve("blob"), bytes));
    }

    @Override
    public ContentId put(InputStream in, long maxBytes) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public boolean contains(String wanted) {
        return id.equals(wanted);
    }

    @Override
    public SeekableByteChannel open(String wanted) throws IOException {
        return FileChannel.open(require(wanted));
    }

    @Override
    public long size(String wanted) throws IOException {
        return Files.size(require(wanted));
    }

    @Override
    public Path file(String wanted) throws IOException {
        return require(wanted);
    }

    @Override
    public Path scratch(String suffix) {
        throw new UnsupportedOperationException("read-only");
    }

    private Path require(String wanted) throws NoSuchFileException {
        if (!contains(wanted)) {
            throw new NoSuchFileException(wanted);
        }
        return file;
    }
}
