package io.backbeat.player.swing;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.catalog.BackbeatLink;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.RemotePlayer;
import io.backbeat.player.testing.XvfbDisplay;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real player window, from the shaded jar, on an X display, against a fake store. */
class PlayerWindowIT {

    private static XvfbDisplay display;
    private FakeStore store;

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
        // Longer than any wait in these tests: a preview that finishes has been moved to its end.
        var preview = Mp3Fixtures.toneLike(120);
        store = new FakeStore()
                .selling(work(1, "Miles Davis", "So What", "Kind of Blue"),
                        work(2, "Miles Davis", "Blue in Green", "Kind of Blue"),
                        work(3, "John Coltrane", "Naima", "Giant Steps"))
                .withPreview(1, preview)
                .withCover(1, Mp3Fixtures.cover(new java.awt.Color(0xE0, 0x7A, 0x1F)))
                .withPreview(3, preview);
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void searchingShowsTheStoresWorksAndDoubleClickPlaysThePreview() throws Exception {
        try (var player = RemotePlayer.launch(display, "--server", store.address().toString(), "--light")) {
            player.awaitState("the store connected", state -> state.store().endsWith("connected"));

            player.type("miles");

            var found = player.awaitState("two results", state -> state.rows().size() == 2);
            assertThat(found.rows()).containsExactly(
                    "Miles Davis | So What | Kind of Blue | Jazz | 3:05 | 120",
                    "Miles Davis | Blue in Green | Kind of Blue | Jazz | 3:05 | 120");
            assertThat(found.summary()).isEqualTo("2 works");
            assertThat(store.requests()).contains("/api/catalog/works?q=miles&page=0&size=50");

            player.doubleClickRow(0);

            var playing = player.awaitState("the preview playing", state -> state.playing().equals("Playing preview"));
            assertThat(playing.title()).isEqualTo("So What");
            assertThat(store.requests()).contains("/stream/preview/1");
            player.awaitText("nowPlayingCover", String::isEmpty); // the picture in place of the note
            player.screenshot(Path.of(System.getProperty("screenshots.dir"), "player-search.png"));

            // Moved to its end by the position bar, the two-minute preview is over long before it would have been.
            player.press("position", "END");
            player.awaitState("the preview finished", state -> state.playing().equals("Preview finished"));
        }
        assertThat(Path.of(System.getProperty("screenshots.dir"), "player-search.png")).isNotEmptyFile();
    }

    @Test
    void aBackbeatLinkToAnotherStorePlaysItsWorkFromThatStore() throws Exception {
        var link = Path.of("target", "it", "naima.backbeat");
        Files.createDirectories(link.getParent());
        Files.writeString(link, new BackbeatLink(store.address(), 3, "Naima", "John Coltrane").format());

        // The remembered store is one that is not there; the link must win for this run.
        try (var player = RemotePlayer.launch(display, "--server", "http://127.0.0.1:9", link.toString())) {
            var playing = player.awaitState("the linked work playing",
                    state -> state.playing().equals("Playing preview"));

            assertThat(playing.title()).isEqualTo("Naima");
            assertThat(playing.store()).isEqualTo("Store " + store.address() + ": connected");
            assertThat(store.requests()).contains("/api/catalog/works/3", "/stream/preview/3");
        }
    }
}
