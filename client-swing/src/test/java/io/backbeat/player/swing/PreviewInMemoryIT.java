package io.backbeat.player.swing;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.RemotePlayer;
import io.backbeat.player.testing.XvfbDisplay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Previews are the store's to give, not the customer's to keep: the player holds them in memory only. The player runs
 * with a home, a temporary folder and a data folder of its own, and afterwards no file in any of them holds a piece
 * of the preview it played, added to a song list and played again.
 */
class PreviewInMemoryIT {

    @Test
    void noByteOfAPlayedPreviewIsWrittenToDisk() throws Exception {
        var root = Path.of("target", "it-disk", UUID.randomUUID().toString()).toAbsolutePath();
        var home = Files.createDirectories(root.resolve("home"));
        var tmp = Files.createDirectories(root.resolve("tmp"));
        var data = root.resolve("data");
        var preview = Mp3Fixtures.toneLike(20);
        try (var display = XvfbDisplay.start();
             var store = new FakeStore().selling(work(1, "Miles Davis", "So What", "Kind of Blue"))
                     .withPreview(1, preview);
             var player = RemotePlayer.launch(display, data, List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp),
                     "--server", store.address().toString())) {
            player.type("miles");
            player.awaitState("the result", state -> state.rows().size() == 1);
            player.doubleClickRow(0);
            player.awaitState("the preview playing", state -> state.playing().equals("Playing preview"));
            player.clickRow("results", 0);
            player.click("addToList");
            player.openTab("Song Lists");
            player.awaitState("the song listed", state -> state.songs().size() == 1);
            player.doubleClickRow("songs", 0);
            player.awaitState("the preview playing again", state -> state.playing().equals("Playing preview"));
        }

        // A stretch from the middle of the MP3: frames of sound, not the headers any MP3 shares.
        var piece = Arrays.copyOfRange(preview, preview.length / 2, preview.length / 2 + 2048);
        var written = new ArrayList<Path>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                written.add(file);
                assertThat(contains(Files.readAllBytes(file), piece)).as("%s holds part of the preview", file)
                        .isFalse();
            }
        }
        // The song list was saved there, so the search did look where the player writes.
        assertThat(written).anySatisfy(file -> assertThat(file.getFileName()).hasToString("song-lists.json"));
    }

    private static boolean contains(byte[] haystack, byte[] needle) throws IOException {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
