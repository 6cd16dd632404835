package io.backbeat.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.RemotePlayer;
import io.backbeat.player.testing.XvfbDisplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A musician's upload in the real player window: the master and its details, the bytes going, the QA report. */
class UploadWindowIT {

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
    void aMusicianUploadsAMasterSeesItSentThenAvailableWithItsReport() throws Exception {
        var data = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(data);
        // Some megabytes, more than the line holds while the store waits, so that the bytes are seen going.
        var tone = Mp3Fixtures.toneLike(90);
        var master = data.resolve("sinnerman.mp3");
        try (var out = Files.newOutputStream(master)) {
            for (int i = 0; i < 40; i++) {
                out.write(tone);
            }
        }
        var store = new FakeStore().withMusician("nina", "secret", "Nina Simone");

        try (store; var player = RemotePlayer.launch(display, data, "--server", store.address().toString())) {
            assertThat(player.read("tabs")).as("before a musician signs in").doesNotContain("Upload");
            player.openTab("Account");
            player.typeInto("email", "nina");
            player.typeInto("password", "secret");
            player.awaitText("accountWho", text -> text.equals("Signed in as Nina Simone (nina)"));
            player.awaitText("tabs", text -> text.equals("Search, Song Lists, Purchases, Upload, Account"));

            player.openTab("Upload");
            player.typeInto("uploadFile", master.toString());
            player.typeInto("uploadTitle", "Sinnerman");
            player.typeInto("uploadGenre", "Jazz");
            player.typeInto("uploadPrice", "120");
            var gate = store.holdUploadsAfterFirstBytes();
            player.click("upload");
            assertThat(player.awaitText("uploadProgress", text -> text.startsWith("Sending: ")))
                    .matches("Sending: \\d+ % of [\\d,]+ KB").doesNotContain(": 100 %");
            gate.countDown();

            player.awaitText("uploadState", text -> text.equals("Available in the store."));
            assertThat(player.read("uploadProgress")).isEqualTo("Sent");
            assertThat(player.read("uploadReport")).contains("Loudness | -14.2 LUFS (range 6.5 LU)")
                    .contains("Verdict | passed");
            assertThat(store.uploads()).singleElement().satisfies(upload -> {
                assertThat(upload.title()).isEqualTo("Sinnerman");
                assertThat(upload.bytes()).isEqualTo(Files.size(master));
            });
            player.screenshot(Path.of(System.getProperty("screenshots.dir"), "player-upload.png"));
        }
    }
}
