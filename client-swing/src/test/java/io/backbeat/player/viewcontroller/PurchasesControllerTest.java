package io.backbeat.player.viewcontroller;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.audio.CapturingLine;
import io.backbeat.player.model.Account;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.Purchases;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.LicenceListFile;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.PurchaseLibrary;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.TrustedCertificates;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.SelfSignedCertificate;
import io.backbeat.player.testing.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurchasesControllerTest {

    // Making a 3072-bit key pair takes seconds, longer on a busy machine.
    private static final Duration KEY_MAKING = Duration.ofSeconds(60);

    private static final char[] PASSPHRASE = "kitchen laptop passphrase".toCharArray();
    private static Path madeKey;
    private static SelfSignedCertificate certificate;

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final FakeStore store = FakeStore.secure(certificate)
            .selling(work(1, "Miles Davis", "So What", "Kind of Blue"), work(2, "Bill Evans", "Peace Piece", ""))
            .withCustomer("ada@example.org", "s3cret", "Ada", 150);
    private final Preferences prefs = Preferences.userRoot().node("io/backbeat/player-test/" + UUID.randomUUID());
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private final List<CapturingLine> lines = new CopyOnWriteArrayList<>();
    private final NowPlaying nowPlaying = new NowPlaying();
    private final TrustedCertificates trusted = new TrustedCertificates(shared);
    private final StoreConnection connection = new StoreConnection(address -> new StoreClient(address, trusted),
            tasks, new StoreStatus(store.address()));
    private final PlayerView view = new PlayerView() {
        @Override
        public void showProblem(String title, String message) {
            dialogs.add(title + ": " + message);
        }

        @Override
        public boolean offer(String title, String message, String action) {
            dialogs.add(title + ": " + message + " [" + action + "]");
            return true;
        }
    };
    private final PlaybackController playback = new PlaybackController(tasks, connection, nowPlaying,
            CapturingLine.player(lines), new PlayerSettings(prefs), view);
    private AccountController account;
    private PurchasesController controller;
    private Purchases purchases;

    PurchasesControllerTest() throws Exception {
        store.withMaster(1, Mp3Fixtures.toneLike(2)).withMaster(2, Mp3Fixtures.toneLike(2));
    }

    @BeforeAll
    static void makeOneKeyForAllTests() throws Exception {
        // A store delivers purchases on HTTPS only; this one's certificate was trusted in an earlier run.
        certificate = SelfSignedCertificate.make();
        new TrustedCertificates(shared).trust(certificate.certificate());
        // Making a 3072-bit key takes seconds; each test registers a copy of this one with its own store.
        new PlayerKeyring(shared).create("Kitchen laptop", PASSPHRASE);
        madeKey = shared.resolve("player-key.asc");
    }

    @AfterEach
    void stop() throws BackingStoreException {
        tasks.close();
        ui.close();
        store.close();
        prefs.removeNode();
    }

    @Test
    void aBoughtWorkDownloadsWithProgressStaysEncryptedAndPlaysWithTheStoreGone() throws Exception {
        registeredAndSignedIn();
        var progress = new CopyOnWriteArrayList<Integer>();
        ui.run(() -> purchases.addChangeListener(() -> progress.add(purchases.percent())));

        ui.run(() -> controller.buy(work(1, "Miles Davis", "So What", "Kind of Blue"), "key-1"));
        ui.awaitUntil("the purchase listed", () -> purchases.owned().size() == 1);
        var owned = ui.read(() -> purchases.owned().get(0));
        assertThat(owned.title()).isEqualTo("So What");
        assertThat(owned.downloaded()).isFalse();
        assertThat(store.points("ada@example.org")).isEqualTo(30);

        ui.run(() -> controller.download(owned.licence()));
        ui.awaitUntil("downloaded", () -> purchases.owned().get(0).downloaded()
                && purchases.downloading().isEmpty());
        assertThat(progress).contains(100);
        var kept = folder.resolve("library").resolve("licence-" + owned.licence() + ".backbeat.gpg");
        assertThat(Files.readAllBytes(kept)).isNotEqualTo(Mp3Fixtures.toneLike(2));

        store.close();
        ui.run(controller::refresh);
        // How a stopped store shows depends on timing: refused connections, a kept-alive connection cut, or one
        // left unanswered until the answer timeout. Each leaves the player showing what it holds.
        ui.awaitUntil("the store found gone", Duration.ofSeconds(30),
                () -> purchases.summary().endsWith("Showing the 1 purchase on this player."));
        assertThat(ui.read(() -> purchases.owned())).extracting(Purchases.Owned::title, Purchases.Owned::downloaded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("So What", true));
        ui.run(() -> controller.play(purchases.owned().get(0)));

        ui.awaitUntil("the purchase played", () -> nowPlaying.state() == NowPlaying.State.FINISHED);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line.heard()).hasSizeGreaterThan(40_000));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void tooFewPointsChangesNothingAndOffersTheStoresPointsPage() throws Exception {
        registeredAndSignedIn();
        ui.run(() -> controller.buy(work(1, "Miles Davis", "So What", "Kind of Blue"), "key-1"));
        ui.awaitUntil("the first purchase listed", () -> purchases.owned().size() == 1);

        ui.run(() -> controller.buy(work(2, "Bill Evans", "Peace Piece", ""), "key-2"));

        ui.awaitUntil("the offer", () -> !dialogs.isEmpty());
        ui.awaitUntil("the browser", () -> !browsed.isEmpty());
        var secure = store.address();
        assertThat(dialogs).containsExactly("Not enough points: This needs 120 points and the account holds 30.\n\n"
                + "Buy points on the store's secure page (" + secure + "/account/points.xhtml)? [Buy Points…]");
        assertThat(browsed).containsExactly(secure + "/account/points.xhtml");
        assertThat(store.points("ada@example.org")).isEqualTo(30);
    }

    @Test
    void aDownloadAlteredOnTheWayIsRefusedAndNotKept() throws Exception {
        registeredAndSignedIn();
        var licence = bought();
        store.tamperWithDownloads();

        ui.run(() -> controller.download(licence));

        ui.awaitUntil("a dialog", () -> !dialogs.isEmpty());
        assertThat(dialogs).singleElement().asString().startsWith("Cannot download licence " + licence
                + ": What arrived is not what the store signed, so it was not kept.");
        assertThat(new PurchaseLibrary(folder.resolve("library")).licences()).isEmpty();
        assertThat(ui.read(() -> purchases.downloading())).isEmpty();
    }

    @Test
    void aPurchaseAlteredInTheLibraryIsRefusedWithAMessageAndNothingPlays() throws Exception {
        registeredAndSignedIn();
        var licence = bought();
        ui.run(() -> controller.download(licence));
        ui.awaitUntil("downloaded", () -> purchases.owned().get(0).downloaded());
        var kept = folder.resolve("library").resolve("licence-" + licence + ".backbeat.gpg");
        var bytes = Files.readAllBytes(kept);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(kept, bytes);

        ui.run(() -> controller.play(purchases.owned().get(0)));

        ui.awaitUntil("a dialog", () -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("Cannot play “So What”: “So What” failed the store's signature check:"
                + " the file was altered, so nothing was played.");
        assertThat(lines).isEmpty();
    }

    @Test
    void aCancelledDownloadLeavesNothingBehind() throws Exception {
        // Long enough that its first half passes the point where progress is first reported.
        store.withMaster(1, Mp3Fixtures.toneLike(60));
        registeredAndSignedIn();
        var licence = bought();
        var gate = store.holdDownloadsHalfway();

        ui.run(() -> controller.download(licence));
        ui.awaitUntil("the first half arrived", () -> purchases.progressText().contains("KB")
                && purchases.percent() > 0);
        ui.run(controller::cancelDownload);
        gate.countDown();

        assertThat(ui.read(() -> purchases.downloading())).isEmpty();
        ui.awaitUntil("the partial file gone", () -> {
            try (var left = Files.list(folder.resolve("library"))) {
                return left.noneMatch(file -> file.getFileName().toString().startsWith("licence-"));
            }
        });
        assertThat(new PurchaseLibrary(folder.resolve("library")).licences()).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    private long bought() throws Exception {
        ui.run(() -> controller.buy(work(1, "Miles Davis", "So What", "Kind of Blue"), "key-1"));
        ui.awaitUntil("the purchase listed", () -> purchases.owned().size() == 1);
        return ui.read(() -> purchases.owned().get(0).licence());
    }

    private void registeredAndSignedIn() throws Exception {
        Files.createDirectories(folder.resolve("data"));
        Files.copy(madeKey, folder.resolve("data").resolve("player-key.asc"));
        account = new AccountController(tasks, connection, new Account(), new PlayerKeyring(folder.resolve("data")),
                new PlayerSettings(prefs), view, page -> browsed.add(page.toString()));
        purchases = new Purchases();
        controller = new PurchasesController(tasks, connection, account, purchases,
                new PurchaseLibrary(folder.resolve("library")), new LicenceListFile(folder.resolve("library")),
                playback, view);
        ui.run(() -> account.signIn("ada@example.org", "s3cret"));
        ui.awaitUntil("signed in", () -> account.account().registration() == Account.Registration.NOT_REGISTERED);
        ui.run(() -> account.register("Kitchen laptop", PASSPHRASE));
        ui.awaitUntil("registered", KEY_MAKING,
                () -> account.account().registration() == Account.Registration.ACTIVE);
        assertThat(account.keys()).isPresent();
    }
}
