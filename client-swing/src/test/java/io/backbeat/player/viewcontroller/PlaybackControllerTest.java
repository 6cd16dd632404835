package io.backbeat.player.viewcontroller;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.audio.CapturingLine;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.UiThread;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlaybackControllerTest {

    private static final byte[] NO_BYTES = {};

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final FakeStore store = new FakeStore()
            .selling(work(1, "Miles Davis", "So What", "Kind of Blue"), work(2, "Bill Evans", "Peace Piece", ""));
    private final Preferences prefs = Preferences.userRoot().node("io/backbeat/player-test/" + UUID.randomUUID());
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<CapturingLine> lines = new CopyOnWriteArrayList<>();
    private final NowPlaying nowPlaying = new NowPlaying();
    private final PlaybackController playback = new PlaybackController(tasks,
            new StoreConnection(StoreClient::new, tasks, new StoreStatus(store.address())), nowPlaying,
            CapturingLine.player(lines),
            new PlayerSettings(prefs), (title, message) -> dialogs.add(title + ": " + message));

    PlaybackControllerTest() throws Exception {
        store.withPreview(1, Mp3Fixtures.toneLike(1)).withPreview(2, NO_BYTES);
    }

    @AfterEach
    void stop() throws BackingStoreException {
        tasks.close();
        ui.close();
        store.close();
        prefs.removeNode();
    }

    @Test
    void aResultsPreviewIsFetchedIntoMemoryAndPlayedToTheEnd() throws Exception {
        ui.run(() -> playback.play(work(1, "Miles Davis", "So What", "Kind of Blue")));

        ui.awaitUntil("the preview finished", () -> nowPlaying.state() == NowPlaying.State.FINISHED);
        assertThat(store.requests()).contains("/stream/preview/1").doesNotContain("/stream/preview/2");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).heard()).hasSizeGreaterThan(22050 * 4 * 9 / 10);
        assertThat(ui.read(nowPlaying::durationMillis)).isBetween(1000L, 1110L);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aStoreWorksCoverArtArrivesBesideItsSoundAndAWorkWithoutOneShowsNone() throws Exception {
        var cover = Mp3Fixtures.cover(java.awt.Color.ORANGE);
        store.withCover(1, cover).withPreview(3, Mp3Fixtures.toneLike(1));

        ui.run(() -> playback.play(work(1, "Miles Davis", "So What", "Kind of Blue")));
        ui.awaitUntil("the cover", () -> nowPlaying.cover().isPresent());
        assertThat(ui.read(() -> nowPlaying.cover())).hasValue(cover);

        ui.run(() -> playback.play(work(3, "John Coltrane", "Naima", "Giant Steps")));
        ui.awaitUntil("the second preview finished", () -> nowPlaying.state() == NowPlaying.State.FINISHED
                && nowPlaying.song().orElseThrow().title().equals("Naima"));
        ui.awaitUntil("its cover asked for", () -> store.requests().contains("/pictures/cover/3"));
        assertThat(ui.read(() -> nowPlaying.cover())).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aMissingPreviewIsExplainedInTheStoresWords() throws Exception {
        ui.run(() -> playback.play(work(1, "Miles Davis", "So What", "Kind of Blue")));
        ui.awaitUntil("the first preview finished", () -> nowPlaying.state() == NowPlaying.State.FINISHED);

        ui.run(() -> playback.play(99, "Nothing"));

        ui.awaitUntil("a dialog", () -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("Cannot play “Nothing”: There is no work 99 in this store");
        assertThat(ui.read(nowPlaying::state)).isEqualTo(NowPlaying.State.STOPPED);
    }

    @Test
    void aPreviewThatIsNotSoundIsRefusedPlainly() throws Exception {
        ui.run(() -> playback.play(work(2, "Bill Evans", "Peace Piece", "")));

        ui.awaitUntil("a dialog", () -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly(
                "Cannot play “Peace Piece”: This preview is not in a format the player can play");
        assertThat(lines).isEmpty();
    }

    @Test
    void theVolumeIsRememberedForTheNextRun() throws Exception {
        ui.run(() -> playback.setVolume(30));

        assertThat(new PlayerSettings(prefs).volume()).isEqualTo(30);
    }
}
