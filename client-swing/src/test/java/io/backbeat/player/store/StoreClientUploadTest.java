package io.backbeat.player.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.player.testing.FakeStore;
import io.backbeat.upload.UploadStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreClientUploadTest {

    private static final Credentials MUSICIAN = new Credentials("nina@example.org", "s3cret");
    private static final SongDetails SONG = new SongDetails("Sinnerman", "Pastel Blues", "9", "Jazz", "1965", "120",
            false, true);

    @TempDir
    Path folder;

    private final FakeStore store = new FakeStore().withMusician("nina@example.org", "s3cret", "Nina Simone")
            .withCustomer("ada@example.org", "s3cret", "Ada", 0);
    private final StoreClient client = new StoreClient(store.address());

    StoreClientUploadTest() throws IOException {
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void aMasterIsStreamedWithProgressThenFollowedThroughThePipeline() throws Exception {
        var master = master("sinnerman.mp3", 3 * 1024 * 1024 + 17);
        var size = Files.size(master);
        var progress = new CopyOnWriteArrayList<Long>();
        var totals = new CopyOnWriteArrayList<Long>();

        var received = client.upload(MUSICIAN, master, SONG, (sent, total) -> {
            progress.add(sent);
            totals.add(total);
        });

        assertThat(received.state()).isEqualTo("RECEIVED");
        assertThat(progress).hasSizeGreaterThan(10).isSorted().last().isEqualTo(size);
        assertThat(totals).containsOnly(size);
        assertThat(store.uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.bytes()).isEqualTo(Files.size(master));
            assertThat(upload.fileName()).isEqualTo("sinnerman.mp3");
            assertThat(upload.title()).isEqualTo("Sinnerman");
        });
        assertThat(store.requests()).contains("/api/uploads?title=Sinnerman&album=Pastel+Blues&track=9&genre=Jazz"
                + "&year=1965&price=120&explicit=false&business=true&fileName=sinnerman.mp3");
        assertThat(List.of(client.upload(MUSICIAN, received.id()), client.upload(MUSICIAN, received.id()),
                client.upload(MUSICIAN, received.id()))).extracting(UploadStatus::state)
                .containsExactly("CHECKING", "TRANSCODING", "AVAILABLE");
        var available = client.upload(MUSICIAN, received.id());
        assertThat(available.settled()).isTrue();
        assertThat(available.qa().integratedLufs()).isEqualTo(-14.2);
        assertThat(client.uploads(MUSICIAN)).extracting(UploadStatus::id).containsExactly(received.id());
    }

    @Test
    void songInformationTheStoreRefusesComesBackPerFieldAndNothingIsKept() throws Exception {
        var master = master("untitled.mp3", 1000);
        var song = new SongDetails(" ", "", "", "Jazz", "", "ten", false, false);

        assertThatThrownBy(() -> client.upload(MUSICIAN, master, song, (sent, total) -> {
        })).isInstanceOfSatisfying(StoreRefusedException.class, refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("invalid-input");
            assertThat(refused.fields()).isEqualTo(Map.of("title", "Give the title.",
                    "pricePoints", "The price is a whole number of points."));
        });
        assertThat(store.uploads()).isEmpty();
    }

    @Test
    void aCustomerWithoutAMusicianAccountIsRefused() throws Exception {
        var master = master("mine.mp3", 1000);

        assertThatThrownBy(() -> client.upload(new Credentials("ada@example.org", "s3cret"), master, SONG,
                (sent, total) -> {
                })).isInstanceOfSatisfying(StoreRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(refused.detail()).isEqualTo("Your account is not allowed to do this.");
                });
        assertThat(store.uploads()).isEmpty();
    }

    @Test
    void aFileThatIsNotThereIsSaidPlainlyAndNothingIsSent() {
        var missing = folder.resolve("gone.mp3");

        assertThatThrownBy(() -> client.upload(MUSICIAN, missing, SONG, (sent, total) -> {
        })).isInstanceOf(StoreException.class).hasMessage("There is no file " + missing);
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void anInterruptedUploadStopsSendingAndTheStoreKeepsNothing() throws Exception {
        var master = master("long.wav", 32 * 1024 * 1024);
        var gate = store.holdUploadsAfterFirstBytes();
        var progress = new CopyOnWriteArrayList<Long>();
        var started = new CountDownLatch(1);
        var thread = new CompletableFuture<Thread>();

        var sending = CompletableFuture.supplyAsync(() -> {
            thread.complete(Thread.currentThread());
            try {
                return client.upload(MUSICIAN, master, SONG, (sent, total) -> {
                    progress.add(sent);
                    started.countDown();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the first bytes sent").isTrue();
        thread.get().interrupt();

        assertThatThrownBy(() -> sending.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(InterruptedException.class);
        gate.countDown();
        assertThat(progress.get(progress.size() - 1)).isLessThan(Files.size(master));
        assertThat(client.uploads(MUSICIAN)).isEmpty();
        assertThat(store.uploads()).isEmpty();
    }

    private Path master(String name, int size) throws IOException {
        var bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return Files.write(folder.resolve(name), bytes);
    }
}
