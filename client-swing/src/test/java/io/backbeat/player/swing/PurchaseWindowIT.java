package io.backbeat.player.swing;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.keys.PlayerKeys;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.TrustedCertificates;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.RemotePlayer;
import io.backbeat.player.testing.SelfSignedCertificate;
import io.backbeat.player.testing.XvfbDisplay;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Buying in the real player window: buy a search result, download it with progress, play it with the store off. */
class PurchaseWindowIT {

    private static final String PASSPHRASE = "kitchen laptop passphrase";
    private static XvfbDisplay display;

    @BeforeAll
    static void startDisplay() throws Exception {
        display = XvfbDisplay.start();
    }

    @AfterAll
    static void stopDisplay() throws Exception {
        display.close();
    }

    @Test
    void aBoughtWorkDownloadsWithProgressAndPlaysWithTheStoreSwitchedOff() throws Exception {
        var data = Path.of("target", "it-data", UUID.randomUUID().toString());
        var certificate = SelfSignedCertificate.make();
        var store = FakeStore.secure(certificate)
                .selling(work(1, "Miles Davis", "So What", "Kind of Blue"))
                .withPreview(1, Mp3Fixtures.toneLike(20))
                .withMaster(1, Mp3Fixtures.toneLike(90))
                .withCustomer("ada", "secret", "Ada", 1000);
        // A player registered in an earlier run: its key is here, and the store knows it.
        var keyring = new PlayerKeyring(data);
        store.withPlayer("Kitchen laptop", keyring.create("Kitchen laptop", PASSPHRASE.toCharArray()));
        keyring.trustStoreKey(PlayerKeys.armor(PlayerKeys.publicRing(store.storeKey())));

        try (store; var player = RemotePlayer.launch(display, data, "--server", store.address().toString())) {
            // A store on the customer's own computer has a self-signed certificate: the player asks, once.
            assertThat(player.awaitDialog("Trust this store?")).contains("shows a certificate that no authority "
                    + "vouches for").contains("SHA-256 " + TrustedCertificates.fingerprint(certificate.certificate()));
            player.pressEnter();
            player.openTab("Account");
            player.typeInto("email", "ada");
            player.typeInto("password", "secret");
            player.awaitText("accountWho", text -> text.equals("Signed in as Ada (ada)"));
            assertThat(player.read("tabs")).as("a customer who is not a musician").doesNotContain("Upload");
            assertThat(player.read("points")).isEqualTo(String.format("%,d points", 1000));
            assertThat(player.awaitText("registration", text -> text.startsWith("Registered")))
                    .startsWith("Registered as “Kitchen laptop”");

            player.openTab("Purchases");
            player.click("unlock");
            player.awaitDialog("Unlock Player");
            player.typeAndEnter(PASSPHRASE);

            player.openTab("Search");
            player.type("miles");
            player.awaitState("the result", state -> state.rows().size() == 1);
            player.clickRow("results", 0);
            player.click("buy");
            assertThat(player.awaitDialog("Buy")).isEqualTo("Buy “So What” by Miles Davis for 120 points?");
            player.pressEnter();

            player.openTab("Purchases");
            player.awaitText("purchases", rows -> rows.equals("So What | Miles Davis | 120 | Not downloaded"));
            assertThat(store.points("ada")).isEqualTo(880);
            var gate = store.holdDownloadsHalfway();
            player.clickRow("purchases", 0);
            player.awaitText("download", text -> !text.endsWith("(disabled)")); // once the key is unlocked
            player.click("download");
            var halfway = player.awaitText("downloadProgress", text -> text.matches("Downloading licence \\d+: \\d+ %.*"));
            assertThat(player.read("purchases")).startsWith("So What | Miles Davis | 120 | Downloading ");
            player.screenshot(Path.of(System.getProperty("screenshots.dir"), "player-purchases-downloading.png"));
            assertThat(halfway).doesNotContain(": 100 %");
            gate.countDown();
            player.awaitText("purchases", rows -> rows.equals("So What | Miles Davis | 120 | Yes"));
            assertThat(player.read("downloadProgress")).isEmpty();

            store.close();
            player.clickRow("purchases", 0);
            player.click("playPurchase");
            var playing = player.awaitState("the purchase playing", state -> state.playing().equals("Playing"));
            assertThat(playing.title()).isEqualTo("So What");
        }
    }
}
