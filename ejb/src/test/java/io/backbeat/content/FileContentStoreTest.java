package io.backbeat.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentStoreTest {

    private static final byte[] SONG = "not really an mp3, but bytes all the same".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    private FileContentStore store;

    @BeforeEach
    void openStore() {
        store = new FileContentStore();
        store.configuredRoot = Optional.of(root.toString());
        store.open();
    }

    @Test
    void theIdIsTheSha256OfTheBytesAndTheSizeTheirCount() throws IOException {
        ContentId id = store.put(new ByteArrayInputStream(SONG), 1024);

        assertThat(id.sha256()).isEqualTo(sha256(SONG));
        assertThat(id.size()).isEqualTo(SONG.length);
    }

    @Test
    void theBlobIsFiledUnderItsFirstTwoAndNextTwoHexDigits() throws IOException {
        String id = store.put(new ByteArrayInputStream(SONG), 1024).sha256();

        Path file = root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
        assertThat(file).isRegularFile().hasBinaryContent(SONG);
    }

    @Test
    void storedBytesReadBackWholeOrFromAnyPosition() throws IOException {
        String id = store.put(new ByteArrayInputStream(SONG), 1024).sha256();

        assertThat(store.contains(id)).isTrue();
        assertThat(store.size(id)).isEqualTo(SONG.length);
        try (var channel = store.open(id)) {
            var tail = ByteBuffer.allocate(SONG.length);
            channel.position(4).read(tail);
            assertThat(new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8))
                    .isEqualTo("really an mp3, but bytes all the same");
        }
    }

    @Test
    void theSameBytesStoredTwiceAreKeptOnce() throws IOException {
        ContentId first = store.put(new ByteArrayInputStream(SONG), 1024);
        ContentId second = store.put(new ByteArrayInputStream(SONG), 1024);

        assertThat(second).isEqualTo(first);
        assertThat(filesUnder(root)).hasSize(1);
    }

    @Test
    void differentBytesAreDifferentBlobs() throws IOException {
        ContentId song = store.put(new ByteArrayInputStream(SONG), 1024);
        ContentId other = store.put(new ByteArrayInputStream("other".getBytes(StandardCharsets.UTF_8)), 1024);

        assertThat(other.sha256()).isNotEqualTo(song.sha256());
        assertThat(filesUnder(root)).hasSize(2);
    }

    @Test
    void bytesLargerThanOneReadBufferStreamThrough() throws IOException {
        byte[] large = new byte[200_000];
        new Random(7).nextBytes(large);

        ContentId id = store.put(new ByteArrayInputStream(large), large.length);

        assertThat(id.sha256()).isEqualTo(sha256(large));
        assertThat(id.size()).isEqualTo(large.length);
        assertThat(store.size(id.sha256())).isEqualTo(large.length);
    }

    @Test
    void exactlyTheLimitIsAccepted() throws IOException {
        ContentId id = store.put(new ByteArrayInputStream(SONG), SONG.length);

        assertThat(store.contains(id.sha256())).isTrue();
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndLeavesNothingBehind() {
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(SONG), SONG.length - 1))
                .isInstanceOfSatisfying(TooLargeException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("too-large");
                    assertThat(refusal.details()).containsEntry("maxBytes", (long) SONG.length - 1);
                });

        assertThat(filesUnder(root)).isEmpty();
        assertThat(store.contains(sha256(SONG))).isFalse();
    }

    @Test
    void aStreamThatFailsHalfwayLeavesNothingBehind() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(SONG), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> store.put(failing, 1024)).isInstanceOf(IOException.class)
                .hasMessage("connection reset");
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void anEmptyStreamIsStoredAsTheEmptyBlob() throws IOException {
        ContentId id = store.put(InputStream.nullInputStream(), 1024);

        assertThat(id.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(id.size()).isZero();
    }

    @Test
    void anIdThatIsNotAHashIsRefusedBeforeAnyPathIsBuilt() throws IOException {
        Files.writeString(root.resolve("secret.txt"), "do not serve");

        assertThatThrownBy(() -> store.contains("../secret.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("secret.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size(sha256(SONG).toUpperCase())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAbsentBlobIsNotContained() {
        assertThat(store.contains(sha256(SONG))).isFalse();
    }

    /** Every file in the store, the incoming folder included, so a stray temporary file is counted too. */
    private static List<Path> filesUnder(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
