package io.backbeat.player.viewcontroller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.backbeat.catalog.WorkSummary;
import io.backbeat.player.audio.CapturingLine;
import io.backbeat.player.model.Account;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.Purchases;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.Credentials;
import io.backbeat.player.store.LicenceListFile;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.PurchaseLibrary;
import io.backbeat.player.store.SongDetails;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.StoreRefusedException;
import io.backbeat.player.store.TrustedCertificates;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.UiThread;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The player against the real store, started with the README's run command on ports of its own: it trusts the
 * store's self-signed certificate on first use, signs in, registers its own key, buys points with the sandbox's
 * approving card (on HTTPS, through the same REST call the site's card form makes), buys a work and downloads it
 * sealed for its key; then the store is killed and a player started afresh on the same folders plays the purchase.
 * Runs after the EAR is built ({@code ./mvnw verify} builds it first).
 */
class RealStoreIT {

    private static final int OFFSET = 620;
    private static final String CUSTOMER = "customer@backbeat.demo";
    private static final String PASSWORD = "demo-customer";
    private static final char[] PASSPHRASE = "real store passphrase".toCharArray();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final Path base = Path.of("target", "real-store").toAbsolutePath();
    private final URI address = URI.create("http://localhost:" + (8080 + OFFSET));
    private final List<String> offers = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<CapturingLine> lines = new CopyOnWriteArrayList<>();
    private final Preferences prefs = Preferences.userRoot().node("io/backbeat/player-test/" + UUID.randomUUID());
    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);

    @TempDir
    Path player;

    private Process server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            kill();
        }
        tasks.close();
        ui.close();
        prefs.removeNode();
    }

    @Test
    void registerBuyPointsBuyDownloadAndPlayWithTheStoreGone() throws Exception {
        assumeTrue(Files.exists(root.resolve("ear/target/backbeat.ear")), "the EAR is built (./mvnw verify does)");
        start();

        // First run: the player meets the store's certificate and is asked, once.
        var first = new Player();
        ui.run(first.connection::checkReachable);
        ui.awaitUntil("connected on HTTP and HTTPS", PATIENCE, () -> first.status.summary().endsWith(": connected")
                && first.trusted.trusts(storeCertificate()));
        assertThat(offers).singleElement().asString().contains("SHA-256 "
                + TrustedCertificates.fingerprint(storeCertificate()));

        ui.run(() -> first.account.signIn(CUSTOMER, PASSWORD));
        ui.awaitUntil("signed in", PATIENCE, () -> first.account.account().status() == Account.Status.SIGNED_IN);
        ui.run(() -> first.account.register("End-to-end laptop", PASSPHRASE));
        ui.awaitUntil("registered", PATIENCE,
                () -> first.account.account().registration() == Account.Registration.ACTIVE);

        long before = first.connection.client().points(credentials()).balance();
        topUp(500);
        assertThat(first.connection.client().points(credentials()).balance()).isEqualTo(before + 500);

        WorkSummary work = first.connection.client().searchWorks("", 0, 1).items().get(0);
        ui.run(() -> first.purchases.buy(work, PurchasesController.newIdempotencyKey()));
        ui.awaitUntil("the purchase listed", PATIENCE, () -> first.listing.owned().size() == 1);
        assertThat(first.connection.client().points(credentials()).balance())
                .isEqualTo(before + 500 - work.pricePoints());
        long licence = ui.read(() -> first.listing.owned().get(0).licence());
        ui.run(() -> first.purchases.download(licence));
        ui.awaitUntil("downloaded", PATIENCE, () -> first.listing.owned().get(0).downloaded()
                && first.listing.downloading().isEmpty());
        assertThat(problems).isEmpty();
        uploadRefusedForItsSongInformation(first.connection.client());

        kill();

        // Second run, the store gone: the purchase is on this player, sealed, and plays once the key is unlocked.
        var second = new Player();
        ui.run(second.purchases::refresh);
        ui.awaitUntil("the store found gone", PATIENCE,
                () -> second.listing.summary().contains("1 purchase on this player"));
        ui.run(() -> second.account.unlock(PASSPHRASE, () -> { }));
        ui.awaitUntil("unlocked", PATIENCE, () -> second.account.keys().isPresent());
        ui.run(() -> second.purchases.play(second.listing.owned().get(0)));
        ui.awaitUntil("the purchase played", PATIENCE, () -> second.nowPlaying.state() == NowPlaying.State.FINISHED);
        assertThat(second.nowPlaying.song())
                .hasValueSatisfying(song -> assertThat(song.title()).isEqualTo(work.title()));
        // 44.1 kHz, 16-bit stereo: more than half of the work's seconds came out of the speakers.
        assertThat(lines).last().satisfies(line -> assertThat(line.heard())
                .hasSizeGreaterThan(176_400 * work.durationSeconds() / 2));
        assertThat(problems).isEmpty();
    }

    /**
     * A musician's upload that the store refuses for its song information comes back as the store's words for that
     * field, on a client whose earlier requests already went to this store (the connection the JDK client keeps
     * may have been upgraded to HTTP/2, where an early refusal used to end as a broken connection).
     */
    private void uploadRefusedForItsSongInformation(StoreClient client) throws Exception {
        var musician = new Credentials("musician@backbeat.demo", "demo-musician");
        client.uploads(musician);
        var master = player.resolve("master.mp3");
        Files.write(master, Mp3Fixtures.toneLike(20));
        var untitled = new SongDetails(" ", "Album", "1", "Jazz", "2024", "10", false, false);
        assertThatThrownBy(() -> client.upload(musician, master, untitled, (sent, total) -> { }))
                .isInstanceOfSatisfying(StoreRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.fields()).containsKey("title");
                });
        assertThat(client.uploads(musician)).noneMatch(upload -> upload.fileName().equals("master.mp3"));
    }

    /** One start of the player: its controllers over the same data and library folders as every other start. */
    private final class Player {
        final StoreStatus status = new StoreStatus(address);
        final TrustedCertificates trusted = new TrustedCertificates(player.resolve("data"));
        final StoreConnection connection = new StoreConnection(at -> new StoreClient(at, trusted), tasks, status,
                trusted, new PlayerView() {
                    @Override
                    public void showProblem(String title, String message) {
                        problems.add(title + ": " + message);
                    }

                    @Override
                    public boolean offer(String title, String message, String action) {
                        offers.add(title + ": " + message + " [" + action + "]");
                        return true;
                    }
                });
        final NowPlaying nowPlaying = new NowPlaying();
        final PlaybackController playback = new PlaybackController(tasks, connection, nowPlaying,
                CapturingLine.player(lines), new PlayerSettings(prefs), (title, message) -> problems.add(title + ": " + message));
        final AccountController account = new AccountController(tasks, connection, new Account(),
                new PlayerKeyring(player.resolve("data")), new PlayerSettings(prefs), (title, message) ->
                problems.add(title + ": " + message), page -> problems.add("browsed " + page));
        final Purchases listing = new Purchases();
        final PurchasesController purchases = new PurchasesController(tasks, connection, account, listing,
                new PurchaseLibrary(player.resolve("library")), new LicenceListFile(player.resolve("library")),
                playback, (title, message) -> problems.add(title + ": " + message));
    }

    private static Credentials credentials() {
        return new Credentials(CUSTOMER, PASSWORD);
    }

    /** Buys a bundle of points with the sandbox's approving card, on the store's HTTPS port. */
    private void topUp(int bundle) throws Exception {
        var trustTheStore = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        var keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setCertificateEntry("store", storeCertificate());
        trustTheStore.init(keys);
        var tls = SSLContext.getInstance("TLS");
        tls.init(null, trustTheStore.getTrustManagers(), null);
        var card = "{\"bundle\": " + bundle + ", \"card\": {\"number\": \"4242 4242 4242 4242\", \"expMonth\": 12, "
                + "\"expYear\": 2040, \"cvc\": \"123\"}}";
        var answer = HttpClient.newBuilder().sslContext(tls).build().send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + (8443 + OFFSET) + "/api/points/top-ups"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CUSTOMER + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(card)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the top-up's answer: %s", answer.body()).isEqualTo(201);
    }

    /** The certificate WildFly made for the store when it was first reached on HTTPS. */
    private X509Certificate storeCertificate() throws Exception {
        var keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(base.resolve("configuration/backbeat-tls.p12"))) {
            keys.load(in, "backbeat-self-signed".toCharArray());
        }
        return (X509Certificate) keys.getCertificate(keys.aliases().nextElement());
    }

    /** A store of its own, as new: its database, certificate and logs from an earlier run are wiped first. */
    private void start() throws Exception {
        if (Files.exists(base)) {
            try (Stream<Path> earlier = Files.walk(base)) {
                for (Path file : (Iterable<Path>) earlier.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(base);
        File log = base.resolve("run.log").toFile();
        server = new ProcessBuilder("bash", "run.sh", "--no-build", "--base", base.toString(),
                "--port-offset", Integer.toString(OFFSET))
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        var health = HttpClient.newHttpClient();
        var ready = HttpRequest.newBuilder(URI.create("http://localhost:" + (9990 + OFFSET) + "/health/ready")).build();
        var deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            assertThat(server.isAlive()).as("run.sh is running (see %s)", log).isTrue();
            try {
                if (health.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && Files.readString(log.toPath()).contains("Stop with Ctrl+C")) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // still booting
            }
            assertThat(System.nanoTime()).as("the store ready within 4 minutes (see %s)", log).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** SIGKILL for WildFly's JVM and the script that started it. */
    private void kill() {
        var processes = Stream.concat(server.descendants(), Stream.of(server.toHandle())).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(process -> process.onExit().join());
        server = null;
    }
}
