package io.backbeat.player.swing;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.model.Song;
import io.backbeat.player.model.SongList;
import io.backbeat.player.store.SongListsFile;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.RemotePlayer;
import io.backbeat.player.testing.XvfbDisplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Song lists in the real player window: made from search results, reordered by dragging, played, kept. */
class SongListWindowIT {

    private static XvfbDisplay display;
    private FakeStore store;
    private final Path data = Path.of("target", "it-data", UUID.randomUUID().toString());

    @BeforeAll
    static void startDisplay() throws Exception {
        display = XvfbDisplay.start();
    }

    @AfterAll
    static void stopDisplay() throws Exception {
        display.close();
    }

    @BeforeEach
    void startStore() throws Exception {
        var preview = Mp3Fixtures.toneLike(20);
        store = new FakeStore()
                .selling(work(1, "Miles Davis", "So What", "Kind of Blue"),
                        work(2, "Miles Davis", "Blue in Green", "Kind of Blue"),
                        work(3, "John Coltrane", "Naima", "Giant Steps"))
                .withPreview(1, preview)
                .withPreview(2, preview)
                .withPreview(3, preview);
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void aSearchResultAddedToASongListPlaysItsPreviewFromThereAndTheListOutlivesThePlayer() throws Exception {
        // A list from an earlier run: a file on this computer and a purchase.
        var tone = Files.write(Files.createDirectories(data).resolve("Morning tone.mp3"), Mp3Fixtures.toneLike(3));
        new SongListsFile(data).save(1, List.of(new SongList("earlier", "Late night", List.of(
                new Song.Local(tone.toAbsolutePath(), "Morning Tone", "Test Signals", 3),
                new Song.Purchased(12, 4, "Peace Piece", "Bill Evans", 402)))));

        try (var player = RemotePlayer.launch(display, data, "--server", store.address().toString(), "--light")) {
            player.awaitState("the store connected and the saved list read", state ->
                    state.store().endsWith("connected") && state.lists().equals(List.of("*Late night  (2)")));

            player.openTab("Song Lists");
            player.click("newList");
            player.typeAndEnter("Kind of Blue");
            player.awaitState("the new list chosen", state -> state.lists().equals(
                    List.of("Late night  (2)", "*Kind of Blue  (0)")));
            player.clickItem("songLists", 0);

            player.openTab("Search");
            player.type("miles");
            player.awaitState("two results", state -> state.rows().size() == 2);
            player.clickRow("results", 0);
            player.click("addToList");
            player.clickRow("results", 1);
            player.click("addToList");

            player.openTab("Song Lists");
            var added = player.awaitState("both results on the list", state -> state.songs().size() == 4);
            assertThat(added.lists()).containsExactly("*Late night  (4)", "Kind of Blue  (0)");
            assertThat(added.songs()).containsExactly(
                    "1 | Morning Tone | Test Signals | File | 0:03",
                    "2 | Peace Piece | Bill Evans | Purchase | 6:42",
                    "3 | So What | Miles Davis | Preview | 3:05",
                    "4 | Blue in Green | Miles Davis | Preview | 3:05");

            // A table with several rows selectable drags only what is already selected, as file managers do.
            player.clickRow("songs", 3);
            player.dragRow("songs", 3, 1);
            var reordered = player.awaitState("the dragged song second",
                    state -> state.songs().get(1).contains("Blue in Green"));
            assertThat(reordered.songs()).containsExactly(
                    "1 | Morning Tone | Test Signals | File | 0:03",
                    "2 | Blue in Green | Miles Davis | Preview | 3:05",
                    "3 | Peace Piece | Bill Evans | Purchase | 6:42",
                    "4 | So What | Miles Davis | Preview | 3:05");

            player.doubleClickRow("songs", 3);
            var playing = player.awaitState("the preview playing", state -> state.playing().equals("Playing preview"));
            assertThat(playing.title()).isEqualTo("So What");
            assertThat(store.requests()).contains("/stream/preview/1");
            player.clickRow("songs", 3);
            player.screenshot(Path.of(System.getProperty("screenshots.dir"), "player-song-lists.png"));
        }

        try (var player = RemotePlayer.launch(display, data, "--server", store.address().toString())) {
            player.openTab("Song Lists");
            var nextRun = player.awaitState("the lists read back", state -> state.lists().size() == 2);
            assertThat(nextRun.lists()).containsExactly("*Late night  (4)", "Kind of Blue  (0)");
            assertThat(nextRun.songs()).extracting(row -> row.split(" \\| ")[1])
                    .containsExactly("Morning Tone", "Blue in Green", "Peace Piece", "So What");

            player.doubleClickRow("songs", 0);
            var playing = player.awaitState("the local file playing", state -> state.playing().equals("Playing"));
            assertThat(playing.title()).isEqualTo("Morning Tone");
        }
    }
}
