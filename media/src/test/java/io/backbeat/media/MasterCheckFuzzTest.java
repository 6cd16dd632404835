package io.backbeat.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever bytes a musician uploads, the check ends in a verdict the musician can read: it never throws, never hangs
 * and never takes the JVM down with FFmpeg's native code. Plain {@code mvn test} replays the inputs under
 * {@code MasterCheckFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (FFmpeg itself is not instrumented, so only the
 * Java side guides the mutations).
 */
class MasterCheckFuzzTest {

    /** One file for the whole run, like the content store's: named by no extension, so FFmpeg judges the bytes. */
    private static final Path UPLOAD = createUpload();

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void everyUploadEndsInAVerdictTheMusicianCanRead(byte[] bytes) throws IOException {
        Files.write(UPLOAD, bytes);

        QaReport report = MasterCheck.check(UPLOAD);

        report.verdict().ifPresentOrElse(rejection -> {
            assertThat(rejection.reason()).isNotNull();
            assertThat(rejection.message()).isNotBlank();
        }, () -> {
            assertThat(report.seconds()).isGreaterThanOrEqualTo(MasterCheck.MIN_SECONDS);
            assertThat(report.channels()).isEqualTo(2);
            assertThat(report.sampleRate()).isGreaterThanOrEqualTo(MasterCheck.MIN_SAMPLE_RATE);
        });
    }

    private static Path createUpload() {
        try {
            Path file = Files.createTempFile("backbeat-fuzzed-master-", "");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
