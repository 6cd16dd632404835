package io.backbeat.player.viewcontroller;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.audio.CapturingLine;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.Song;
import io.backbeat.player.model.SongList;
import io.backbeat.player.model.SongLists;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.SongListsFile;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SongListControllerTest {

    @TempDir
    Path folder;

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final FakeStore store = new FakeStore().selling(work(1, "Miles Davis", "So What", "Kind of Blue"));
    private final Preferences prefs = Preferences.userRoot().node("io/backbeat/player-test/" + UUID.randomUUID());
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<CapturingLine> lines = new CopyOnWriteArrayList<>();
    private final NowPlaying nowPlaying = new NowPlaying();
    private final StoreConnection connection = new StoreConnection(StoreClient::new, tasks,
            new StoreStatus(store.address()));
    private final PlaybackController playback = new PlaybackController(tasks, connection, nowPlaying,
            CapturingLine.player(lines), new PlayerSettings(prefs), (title, message) -> dialogs.add(title + ": " + message));

    SongListControllerTest() throws Exception {
        store.withPreview(1, Mp3Fixtures.toneLike(1));
    }

    @AfterEach
    void stop() throws BackingStoreException {
        tasks.close();
        ui.close();
        store.close();
        prefs.removeNode();
    }

    @Test
    void listsAreSavedAfterEveryChangeAndReadBackAtTheNextStart() throws Exception {
        var controller = controller(folder);
        var tone = tone("tone.mp3");
        ui.run(() -> {
            var list = controller.create("Sunday").orElseThrow();
            controller.add(list.id(), List.of(Song.Local.of(tone)));
            controller.addToSelected(List.of(work(1, "Miles Davis", "So What", "Kind of Blue")));
            controller.rename(list.id(), "Sunday morning");
            controller.create("Empty");
        });
        var expected = ui.read(() -> controller.lists().lists());
        ui.awaitUntil("the lists saved", () -> new SongListsFile(folder).load().equals(expected));

        var nextRun = controller(folder);
        ui.run(nextRun::load);

        ui.awaitUntil("the lists read back", () -> nextRun.lists().lists().equals(expected));
        assertThat(expected).extracting(SongList::name).containsExactly("Sunday morning", "Empty");
        assertThat(expected.get(0).songs()).containsExactly(Song.Local.of(tone),
                new Song.Preview(1, "So What", "Miles Davis", "Kind of Blue", 185));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aSearchResultAddedWithNoListMadeGoesToANewFirstList() throws Exception {
        var controller = controller(folder);

        var list = ui.read(() -> controller.addToSelected(List.of(work(1, "Miles Davis", "So What", "Kind of Blue"))));

        assertThat(list).hasValueSatisfying(made -> {
            assertThat(made.name()).isEqualTo(SongListController.FIRST_LIST);
            assertThat(made.songs()).extracting(Song::title).containsExactly("So What");
        });
        // The save runs on a worker: let it land before the folder is cleaned away.
        ui.awaitUntil("the list saved", () -> new SongListsFile(folder).load().size() == 1);
    }

    @Test
    void aListPlaysItsFilesAndPreviewsOneAfterTheOther() throws Exception {
        var controller = controller(folder);
        var tone = tone("tone.mp3");
        var id = ui.read(() -> {
            var list = controller.create("Mixed").orElseThrow();
            controller.add(list.id(), List.of(Song.Local.of(tone), Song.Preview.of(work(1, "Miles Davis",
                    "So What", "Kind of Blue"))));
            return list.id();
        });

        ui.run(() -> controller.play(id, 0));

        ui.awaitUntil("both songs played", () -> lines.size() == 2
                && nowPlaying.state() == NowPlaying.State.FINISHED);
        assertThat(ui.read(nowPlaying::song)).hasValueSatisfying(song -> assertThat(song.title()).isEqualTo("So What"));
        assertThat(lines).allSatisfy(line -> assertThat(line.heard()).hasSizeGreaterThan(22050 * 4 * 9 / 10));
        // The preview's sound once (the now-playing bar may also ask for its cover); the local file not at all.
        assertThat(store.requests()).filteredOn(request -> request.startsWith("/stream/"))
                .containsExactly("/stream/preview/1");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aMissingOrDamagedFileOrALockedPurchaseIsExplainedAndThePlayerKeepsWorking() throws Exception {
        var controller = controller(folder);
        var damaged = Files.write(folder.resolve("damaged.mp3"), "<html>not an mp3</html>".getBytes());
        var id = ui.read(() -> {
            var list = controller.create("Troubled").orElseThrow();
            controller.add(list.id(), List.of(Song.Local.of(folder.resolve("gone.mp3")), Song.Local.of(damaged),
                    new Song.Purchased(12, 3, "Peace Piece", "Bill Evans", 402),
                    Song.Preview.of(work(1, "Miles Davis", "So What", "Kind of Blue"))));
            return list.id();
        });

        for (int row = 0; row < 3; row++) {
            var expected = row + 1;
            var song = row;
            ui.run(() -> controller.play(id, song));
            ui.awaitUntil("a dialog", () -> dialogs.size() == expected);
        }
        ui.run(() -> controller.play(id, 3));
        ui.awaitUntil("the preview played", () -> nowPlaying.state() == NowPlaying.State.FINISHED);

        assertThat(dialogs).containsExactly(
                "Cannot play “gone”: There is no file " + folder.resolve("gone.mp3")
                        + " any more: was it moved or deleted?",
                "Cannot play “damaged”: The file damaged.mp3 is not in a format the player can play",
                "Cannot play “Peace Piece”: “Peace Piece” is a purchase, and this player cannot open purchases"
                        + " until it is registered with the store.");
        assertThat(lines).hasSize(1);
    }

    @Test
    void anM3uWithJunkBecomesAListOfWhatCouldBeReadAndOneMessageListsTheRest() throws Exception {
        var controller = controller(folder);
        tone("naima.mp3");
        var m3u = Files.writeString(folder.resolve("Late night.m3u"), """
                #EXTM3U
                #EXTINF:185,John Coltrane - Naima
                naima.mp3
                gone.mp3
                ?!? junk ?!?
                http://localhost:8080/stream/preview/1
                """);

        ui.run(() -> controller.importM3u(m3u));

        ui.awaitUntil("a message", () -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("Importing Late night.m3u: 2 songs were imported; 2 lines were skipped.\n\n"
                + "line 4: there is no file " + folder.resolve("gone.mp3") + "\n"
                + "line 5: " + folder.resolve("?!? junk ?!?") + " is not an MP3 file; the player plays MP3s");
        var list = ui.read(() -> controller.selected().orElseThrow());
        assertThat(list.name()).isEqualTo("Late night");
        assertThat(list.songs()).extracting(Song::title).containsExactly("Naima", "Work 1");
    }

    @Test
    void anM3uWithNothingPlayableOrNoFileMakesNoList() throws Exception {
        var controller = controller(folder);
        var junk = Files.write(folder.resolve("junk.m3u"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\n', 0, 1, 2});

        ui.run(() -> controller.importM3u(junk));
        ui.awaitUntil("a message", () -> dialogs.size() == 1);
        ui.run(() -> controller.importM3u(folder.resolve("nowhere.m3u")));
        ui.awaitUntil("a second message", () -> dialogs.size() == 2);

        assertThat(dialogs.get(0)).startsWith("Importing junk.m3u: There is no song in junk.m3u the player can play,"
                + " so no list was made.\n\nline 1: ");
        assertThat(dialogs.get(1)).isEqualTo("Cannot import nowhere.m3u: There is no file "
                + folder.resolve("nowhere.m3u"));
        assertThat(ui.read(() -> controller.lists().lists())).isEmpty();
    }

    @Test
    void anExportedListImportsBackAsTheSameSongs() throws Exception {
        var controller = controller(folder);
        var tone = tone("tone.mp3");
        var songs = List.<Song>of(new Song.Local(tone, "Tone", "Test", 1),
                new Song.Preview(1, "So What", "Miles Davis", "", 185),
                new Song.Purchased(12, 3, "Peace Piece", "Bill Evans", 402));
        var id = ui.read(() -> {
            var list = controller.create("Out").orElseThrow();
            controller.add(list.id(), songs);
            return list.id();
        });
        var m3u = folder.resolve("out.m3u8");

        ui.run(() -> controller.exportM3u(id, m3u));
        ui.awaitUntil("the file written", () -> Files.exists(m3u) && Files.readString(m3u).contains("PURCHASE"));
        ui.run(() -> controller.importM3u(m3u));
        ui.awaitUntil("a second list", () -> controller.lists().lists().size() == 2);

        var back = ui.read(() -> controller.lists().lists().get(1));
        // Named as the playlist names itself, and "Out" is taken.
        assertThat(back.name()).isEqualTo("Out (2)");
        assertThat(back.songs()).isEqualTo(songs);
        assertThat(Files.readString(m3u)).contains(store.address() + "/stream/preview/1");
        assertThat(dialogs).isEmpty();
    }

    private SongListController controller(Path data) {
        return new SongListController(tasks, new SongLists(), new SongListsFile(data), connection, playback,
                (title, message) -> dialogs.add(title + ": " + message));
    }

    private Path tone(String name) throws Exception {
        return Files.write(folder.resolve(name), Mp3Fixtures.toneLike(1));
    }
}
