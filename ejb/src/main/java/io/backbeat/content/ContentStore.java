package io.backbeat.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;

/**
 * Where masters, previews and pictures live: immutable blobs named by the SHA-256 of their bytes, so storing
 * the same bytes twice (a redelivered message, a re-upload) keeps one copy. Nothing outside names a path.
 * One implementation keeps them on this node's disk; a shared store for several nodes implements the same.
 */
public interface ContentStore {

    /**
     * Streams the bytes in, never holding them whole in memory, and returns their id once they are durably
     * stored. More than {@code maxBytes} is refused and nothing is kept.
     */
    ContentId put(InputStream in, long maxBytes) throws IOException;

    boolean contains(String id);

    /** The stored bytes for random access (HTTP Range); the caller closes the channel. */
    SeekableByteChannel open(String id) throws IOException;

    long size(String id) throws IOException;

    /**
     * A file on this node holding the stored bytes, for tools that read files (FFmpeg). Read it, never change it;
     * a shared store would fetch the bytes into a local cache here.
     */
    Path file(String id) throws IOException;

    /**
     * A new empty file on this node for work in progress (a transcode before it is put). The caller deletes it;
     * one a crash left behind is removed when the store next opens.
     */
    Path scratch(String suffix) throws IOException;
}
