package io.backbeat.player.viewcontroller;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.model.Account;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.StoreAddress;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.model.Upload;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.SongDetails;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.UiThread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadControllerTest {

    private static final SongDetails SONG = new SongDetails("Sinnerman", "Pastel Blues", "9", "Jazz", "1965", "120",
            false, true);

    @TempDir
    Path folder;

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final FakeStore store = new FakeStore().withMusician("nina@example.org", "s3cret", "Nina Simone")
            .withCustomer("ada@example.org", "s3cret", "Ada", 0);
    private final Preferences prefs = Preferences.userRoot().node("io/backbeat/player-test/" + UUID.randomUUID());
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final PlayerView view = (title, message) -> dialogs.add(title + ": " + message);
    private final StoreConnection connection = new StoreConnection(StoreClient::new, tasks,
            new StoreStatus(store.address()));
    private final Upload upload = new Upload();
    private AccountController account;
    private UploadController controller;

    UploadControllerTest() throws IOException {
    }

    @BeforeEach
    void start() {
        account = new AccountController(tasks, connection, new Account(), new PlayerKeyring(folder.resolve("keys")),
                new PlayerSettings(prefs), view, page -> dialogs.add("browse " + page));
        // The fake store's pipeline moves one state along per question, so asking often only makes tests quick.
        controller = new UploadController(tasks, connection, account, upload, view, Duration.ofMillis(20));
    }

    @AfterEach
    void stop() throws BackingStoreException {
        tasks.close();
        ui.close();
        store.close();
        prefs.removeNode();
    }

    @Test
    void aMasterIsSentWithProgressAndFollowedUntilAvailableWithItsReport() throws Exception {
        signedInAs("nina@example.org");
        var master = master("sinnerman.mp3", 3 * 1024 * 1024);
        var percents = new CopyOnWriteArrayList<Integer>();
        var states = new CopyOnWriteArrayList<String>();
        ui.run(() -> upload.addChangeListener(() -> {
            percents.add(upload.percent());
            states.add(upload.state());
        }));

        ui.run(() -> controller.send(master, SONG));

        ui.awaitUntil("settled", () -> upload.phase() == Upload.Phase.SETTLED);
        assertThat(percents).contains(100);
        assertThat(states).containsSubsequence("RECEIVED", "CHECKING", "TRANSCODING", "AVAILABLE");
        assertThat(ui.read(upload::message)).isEqualTo("Available in the store.");
        assertThat(ui.read(upload::report)).contains(new Upload.Finding("Loudness", "-14.2 LUFS (range 6.5 LU)"),
                new Upload.Finding("Sound", "44,100 Hz, 2 channels, 320 kb/s"),
                new Upload.Finding("Verdict", "passed"));
        assertThat(store.uploads()).singleElement().satisfies(received -> {
            assertThat(received.bytes()).isEqualTo(Files.size(master));
            assertThat(received.title()).isEqualTo("Sinnerman");
        });
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aRejectedMasterShowsTheStoresSentenceAndItsReport() throws Exception {
        signedInAs("nina@example.org");
        store.rejectUploadsForLowQuality();

        var master = master("thin.mp3", 100_000);

        ui.run(() -> controller.send(master, SONG));

        ui.awaitUntil("settled", () -> upload.phase() == Upload.Phase.SETTLED);
        assertThat(ui.read(upload::state)).isEqualTo("REJECTED");
        assertThat(ui.read(upload::message)).isEqualTo("Rejected: The master's bit rate is 96 kb/s; the store sells"
                + " MP3s of 128 kb/s or more. Upload a better copy.");
        assertThat(ui.read(upload::report)).contains(new Upload.Finding("Sound", "44,100 Hz, 2 channels, 96 kb/s"),
                new Upload.Finding("Verdict", "LOW_QUALITY"));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void refusedSongInformationShowsBesideItsInputsAndNothingIsSent() throws Exception {
        signedInAs("nina@example.org");

        ui.run(() -> controller.send(null, SONG));
        assertThat(ui.read(() -> upload.problemWith("file"))).isEqualTo("Choose the master file: MP3, WAV or FLAC.");

        var untitled = new SongDetails("", "Pastel Blues", "", "Jazz", "", "ten", false, false);
        var master = master("sinnerman.mp3", 100_000);
        ui.run(() -> controller.send(master, untitled));

        ui.awaitUntil("the store's refusal", () -> !upload.fieldProblems().isEmpty()
                && upload.phase() == Upload.Phase.EDITING);
        assertThat(ui.read(upload::fieldProblems)).isEqualTo(Map.of("title", "Give the title.",
                "pricePoints", "The price is a whole number of points."));
        assertThat(store.uploads()).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aCancelledUploadLeavesNothingInTheStore() throws Exception {
        signedInAs("nina@example.org");
        var gate = store.holdUploadsAfterFirstBytes();

        var master = master("long.wav", 8 * 1024 * 1024);
        ui.run(() -> controller.send(master, SONG));
        ui.awaitUntil("the first bytes sent", () -> upload.percent() > 0);
        var answeredBefore = store.answered();
        ui.run(controller::cancel);
        gate.countDown();

        assertThat(ui.read(upload::phase)).isEqualTo(Upload.Phase.EDITING);
        ui.awaitUntil("the store done with the broken upload", () -> store.answered() > answeredBefore);
        assertThat(store.uploads()).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aCustomerWhoIsNotAMusicianIsToldToOpenAMusicianAccount() throws Exception {
        signedInAs("ada@example.org");

        var master = master("mine.mp3", 1000);

        ui.run(() -> controller.send(master, SONG));

        ui.awaitUntil("a dialog", () -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("Uploads are for musicians: This account is not a musician's. Open a"
                + " musician account on the site (" + StoreAddress.secure(store.address())
                + "/account/musician.xhtml), then sign in again here.");
        assertThat(ui.read(upload::phase)).isEqualTo(Upload.Phase.EDITING);
        assertThat(store.uploads()).isEmpty();
    }

    private void signedInAs(String email) throws Exception {
        ui.run(() -> account.signIn(email, "s3cret"));
        ui.awaitUntil("signed in", () -> account.account().status() == Account.Status.SIGNED_IN);
    }

    private Path master(String name, int size) throws IOException {
        var bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return Files.write(folder.resolve(name), bytes);
    }
}
