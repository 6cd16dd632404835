package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HandoffTest {

    @Test
    void everyByteArrivesInOrderWhateverTheWritesLengths() throws Exception {
        byte[] bytes = new byte[1_000_003];
        new Random(7).nextBytes(bytes);
        var handoff = new Handoff(4096, 3);

        var producer = CompletableFuture.runAsync(() -> {
            var random = new Random(8);
            try (OutputStream in = handoff.input()) {
                for (int at = 0; at < bytes.length; ) {
                    int count = Math.min(bytes.length - at, random.nextInt(10_000));
                    in.write(bytes, at, count);
                    at += count;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        var out = new ByteArrayOutputStream();
        handoff.drainTo(out);

        producer.get(10, TimeUnit.SECONDS);
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void theProducersFailureReachesTheConsumer() {
        var handoff = new Handoff(4096, 3);
        CompletableFuture.runAsync(() -> {
            try {
                handoff.input().write(new byte[5000]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            handoff.fail(new IOException("disk gone"));
        });

        assertThatThrownBy(() -> handoff.drainTo(new ByteArrayOutputStream())).isInstanceOf(IOException.class)
                .hasMessage("disk gone");
    }

    @Test
    void aConsumerThatFailsStopsTheProducer() {
        var handoff = new Handoff(4096, 3);
        var producer = CompletableFuture.runAsync(() -> {
            try (OutputStream in = handoff.input()) {
                while (true) {
                    in.write(new byte[4096]);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        assertThatThrownBy(() -> handoff.drainTo(gone)).hasMessage("Broken pipe");
        assertThatThrownBy(() -> producer.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("The consumer stopped reading");
    }
}
