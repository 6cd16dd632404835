package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.media.Masters;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Purchases delivered encrypted for one registered player: gpg decrypts what the store sends with that player's
 * key alone, checks the store's signature, and gets the master back byte for byte; nobody else gets anything.
 */
class PurchaseDeliveryIT extends SystemTest {

    private static final String PASSWORD = NEW_CUSTOMER_PASSWORD;
    private static final Pattern ACTIVE_DOWNLOADS =
            Pattern.compile("backbeat_streams_active\\{[^}]*kind=\"purchase\"[^}]*} ([0-9.]+)");

    @TempDir
    static Path folder;

    private static String buyer;
    private static TestPlayer player;
    private static long work;
    private static long licence;
    private static byte[] master;

    @BeforeAll
    static void aCustomerBuysAFreshlyUploadedWork() throws Exception {
        work = uploadedWork(folder, "Sealed Tone", 660, 5);
        master = Files.readAllBytes(folder.resolve("Sealed-Tone.mp3"));
        buyer = newCustomer();
        playerOf(CUSTOMER, CUSTOMER_PASSWORD);
        player = playerOf(buyer, PASSWORD);
        giveAPurchase(buyer, work);
        licence = api(buyer, PASSWORD).get("/me/licences").then().extract().jsonPath().getLong("[0].id");
    }

    /**
     * Twice: the first download hashes the master for the store's signature, and the second is signed from the hash
     * the first one kept ({@code ContentDigests}); gpg must find both whole.
     */
    @Test
    void gpgDecryptsThePurchaseWithThePlayersKeyAndFindsTheStoresSignatureAndTheMaster() throws Exception {
        var gpg = new Gpg(folder.resolve("gnupg-a"));
        gpg.importKey(storeKeyText(), new char[0]);
        gpg.importKey(player.secretKey(), player.passphrase());
        for (int download = 1; download <= 2; download++) {
            Response response = stream(buyer, licence, player.ticket(licence));
            response.then().statusCode(200).header("Cache-Control", "no-store")
                    .header("Content-Type", "application/octet-stream");
            byte[] body = response.asByteArray();
            Path sealed = folder.resolve("purchase-" + download + ".gpg");
            Files.write(sealed, body);

            Path plain = folder.resolve("purchase-" + download + ".mp3");
            Gpg.Result result = gpg.decrypt(sealed, plain, player.passphrase());

            assertThat(result.exit()).as(result.status()).isZero();
            assertThat(result.status()).contains("[GNUPG:] GOODSIG", "[GNUPG:] DECRYPTION_OKAY", "[GNUPG:] GOODMDC",
                    "NOTATION_NAME licence@backbeat.io", "NOTATION_DATA " + licence, "NOTATION_DATA " + work,
                    "NOTATION_DATA " + player.fingerprint());
            assertThat(result.status()).contains("VALIDSIG " + PlayerKeys.fingerprint(storeKey()));
            assertThat(Files.readAllBytes(plain)).isEqualTo(master);
            // Not one run of the master's bytes is in the clear on the wire.
            assertThat(new String(body, "ISO-8859-1"))
                    .doesNotContain(new String(master, master.length / 2, 64, "ISO-8859-1"));
            // The customer's e-mail and name travel nowhere in the file.
            assertThat(new String(Files.readAllBytes(plain), "ISO-8859-1")).doesNotContain(buyer);
            assertThat(new String(result.status())).doesNotContain(buyer);

            var opened = player.open(body, storeKey());
            assertThat(opened.content()).isEqualTo(master);
            assertThat(opened.facts().licence()).isEqualTo(licence);
        }
    }

    @Test
    void anotherPlayersKeyCannotDecryptIt() throws Exception {
        Path sealed = folder.resolve("for-a.gpg");
        Files.write(sealed, stream(buyer, licence, player.ticket(licence)).then().statusCode(200).extract()
                .asByteArray());
        TestPlayer other = playerOf(CUSTOMER, CUSTOMER_PASSWORD);

        var gpg = new Gpg(folder.resolve("gnupg-b"));
        gpg.importKey(other.secretKey(), other.passphrase());
        Gpg.Result result = gpg.decrypt(sealed, folder.resolve("stolen.mp3"), other.passphrase());

        assertThat(result.exit()).isNotZero();
        assertThat(result.status()).doesNotContain("DECRYPTION_OKAY");
        assertThat(folder.resolve("stolen.mp3")).doesNotExist();
    }

    @Test
    void aTicketWorksOnceForItsOwnLicenceAndPlayer() {
        String ticket = player.ticket(licence);
        stream(buyer, licence, ticket).then().statusCode(200);

        stream(buyer, licence, ticket).then().statusCode(403).body("type", endsWith("/ticket-replayed"));
        stream(buyer, licence, "not a ticket").then().statusCode(400).body("type", endsWith("/malformed-ticket"));
        stream(buyer, licence, null).then().statusCode(403).body("type", endsWith("/registered-player-required"));
        stream(buyer, licence + 1_000_000, player.ticket(licence + 1_000_000)).then().statusCode(404)
                .body("type", endsWith("/licence-not-found"));
        // Someone else's player, with the buyer's credentials: its ticket is no good for the buyer's licence.
        TestPlayer others = playerOf(CUSTOMER, CUSTOMER_PASSWORD);
        stream(buyer, licence, others.ticket(licence)).then().statusCode(403).body("type", endsWith("/player-not-yours"));
        // An unregistered key pair (a basic player that signs anyway).
        var stranger = new TestPlayer(0, TestPlayer.newKeys(), TestPlayer.PASSPHRASE);
        stream(buyer, licence, stranger.ticket(licence)).then().statusCode(403).body("type", endsWith("/player-unknown"));
    }

    @Test
    void everyoneButTheBuyersRegisteredPlayerIsTurnedAway() {
        String path = "/stream/purchase/" + licence;
        secureSite().header(io.backbeat.delivery.StreamTicket.HEADER, player.ticket(licence)).get(path)
                .then().statusCode(401).header("WWW-Authenticate", equalTo("Basic realm=\"Backbeat\""));
        // The customer who holds it, from a basic player (no ticket) or over plain HTTP.
        stream(buyer, licence, null).then().statusCode(403);
        site().auth().preemptive().basic(buyer, PASSWORD).header(StreamTicket.HEADER, player.ticket(licence))
                .get(path).then().statusCode(403).body("type", endsWith("/https-required"));
        // Another customer, with their own registered player, does not hold this licence.
        stream(CUSTOMER, CUSTOMER_PASSWORD, licence, playerOf(CUSTOMER, CUSTOMER_PASSWORD).ticket(licence))
                .then().statusCode(404);
        stream(MUSICIAN, MUSICIAN_PASSWORD, licence, player.ticket(licence)).then().statusCode(404);
        stream(ADMIN, ADMIN_PASSWORD, licence, player.ticket(licence)).then().statusCode(403)
                .body("type", endsWith("/customers-only"));
        // The registered player of the buyer.
        stream(buyer, licence, player.ticket(licence)).then().statusCode(200);
    }

    @Test
    void aRevokedPlayerIsRefusedAndTheOwnersOtherPlayersAreNot() {
        String owner = newCustomer();
        TestPlayer lost = registerPlayer(owner, PASSWORD, TestPlayer.newKeys());
        TestPlayer kept = registerPlayer(owner, PASSWORD, TestPlayer.newKeys());
        giveAPurchase(owner, work);
        long held = api(owner, PASSWORD).get("/me/licences").then().extract().jsonPath().getLong("[0].id");

        api(owner, PASSWORD).post("/me/players/" + lost.id() + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED"));

        stream(owner, held, lost.ticket(held)).then().statusCode(403).body("type", endsWith("/player-revoked"));
        stream(owner, held, kept.ticket(held)).then().statusCode(200);
        assertThat(api(owner, PASSWORD).get("/me/players").then().extract().jsonPath().getList("status"))
                .containsExactly("ACTIVE", "REVOKED");
    }

    @Test
    void theStoresKeyIsPublishedForAnyone() throws Exception {
        site().get(PlayerKeys.STORE_KEY_PATH).then().statusCode(200).header("Content-Type",
                org.hamcrest.Matchers.startsWith("application/pgp-keys"));
        assertThat(storeKeyText()).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        assertThat(storeKey().getBitStrength()).isGreaterThanOrEqualTo(3072);
    }

    @Test
    void aPlayerThatHangsUpMidDownloadLeavesNothingSending() throws Exception {
        // Ten minutes at 320 kb/s, 24 MB: far more than the sockets between here and the server can hold.
        long longWork = uploadedWork(Masters.tone(folder, "Long-Tone.mp3", 523.25, 600, "-c:a", "libmp3lame",
                "-b:a", "320k"), "Long Tone", 5);
        giveAPurchase(buyer, longWork);
        long longLicence = api(buyer, PASSWORD).get("/me/licences").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.work == " + longWork + " }.id");
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        URI secure = URI.create(SECURE_SITE);

        try (var socket = context.getSocketFactory().createSocket(secure.getHost(), secure.getPort())) {
            String credentials = Base64.getEncoder().encodeToString((buyer + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET /stream/purchase/" + longLicence + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\n" + StreamTicket.HEADER + ": "
                    + player.ticket(longLicence) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            var in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            int count = in.read(buffer);
            assertThat(new String(buffer, 0, Math.max(0, count), StandardCharsets.ISO_8859_1))
                    .startsWith("HTTP/1.1 200");
            for (long read = count; read < 1_000_000; read += count) {
                count = in.read(buffer);
                assertThat(count).as("the download still coming after %d bytes", read).isPositive();
            }
            assertThat(activeDownloads()).as("the download under way, counted").isEqualTo(1);
        }

        // Hung up with 23 MB still to seal and send: the server stops both at once.
        await().atMost(Duration.ofSeconds(30)).until(() -> activeDownloads() == 0);
    }

    /** {@code backbeat_streams_active{kind="purchase"}} on the management interface's /metrics. */
    private static int activeDownloads() {
        String metrics = RestAssured.given().baseUri(MANAGEMENT).get("/metrics").then().statusCode(200).extract()
                .asString();
        Matcher active = ACTIVE_DOWNLOADS.matcher(metrics);
        return active.find() ? (int) Double.parseDouble(active.group(1)) : 0;
    }

    /** Buys the work for a customer with no points: an admin can't gift points, so a card top-up pays. */
    private static void giveAPurchase(String customer, long work) {
        api(customer, PASSWORD).contentType("application/json").header("Idempotency-Key", key())
                .body(Map.of("bundle", 500, "card", card("4242424242424242")))
                .post("/points/top-ups").then().statusCode(201);
        api(customer, PASSWORD).contentType("application/json").header("Idempotency-Key", key())
                .body(Map.of("work", work)).post("/purchases").then().statusCode(201);
    }


    private static Response stream(String customer, long licence, String ticket) {
        return stream(customer, PASSWORD, licence, ticket);
    }

    private static Response stream(String customer, String password, long licence, String ticket) {
        RequestSpecification request = secureSite().auth().preemptive().basic(customer, password);
        if (ticket != null) {
            request.header(StreamTicket.HEADER, ticket);
        }
        return request.get("/stream/purchase/" + licence);
    }

    private static String storeKeyText() {
        return site().get(PlayerKeys.STORE_KEY_PATH).then().statusCode(200).extract().asString();
    }

    private static PGPPublicKey storeKey() throws Exception {
        return PlayerKeys.readPublic(storeKeyText().getBytes()).getPublicKey();
    }
}
