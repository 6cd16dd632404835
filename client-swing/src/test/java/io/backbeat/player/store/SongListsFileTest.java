package io.backbeat.player.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.player.model.Song;
import io.backbeat.player.model.SongList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SongListsFileTest {

    @TempDir
    Path folder;

    private final List<SongList> lists = List.of(
            new SongList("a", "Sunday", List.of(
                    new Song.Local(Path.of("/music/naima.mp3"), "Naima", "John Coltrane", 185),
                    new Song.Preview(4, "Blue in Green", "Miles Davis", "Kind of Blue", 337),
                    new Song.Purchased(12, 3, "Peace Piece", "Bill Evans", 402))),
            new SongList("b", "Empty", List.of()));

    @Test
    void aFirstRunHasNoLists() throws Exception {
        assertThat(new SongListsFile(folder.resolve("data")).load()).isEmpty();
    }

    @Test
    void savedListsComeBackAsTheyWere() throws Exception {
        new SongListsFile(folder.resolve("data")).save(1, lists);

        assertThat(new SongListsFile(folder.resolve("data")).load()).isEqualTo(lists);
        try (var left = Files.list(folder.resolve("data"))) {
            assertThat(left).extracting(path -> path.getFileName().toString()).containsExactly("song-lists.json");
        }
    }

    @Test
    void anOlderSnapshotArrivingLateDoesNotReplaceANewerOne() throws Exception {
        var file = new SongListsFile(folder);

        file.save(2, lists);
        file.save(1, List.of());

        assertThat(file.load()).isEqualTo(lists);
    }

    @Test
    void aDamagedFileIsSetAsideAndReportedNotOverwritten() throws Exception {
        Files.writeString(folder.resolve("song-lists.json"), "{\"format\":\"backbeat-song-lists/1\",\"lists\":[{");
        var file = new SongListsFile(folder);

        assertThatThrownBy(file::load).isInstanceOf(SongListsFile.UnreadableSongListsException.class)
                .hasMessageStartingWith("The saved song lists could not be read (it is not valid JSON). The file was"
                        + " kept as " + folder.resolve("song-lists.json.unreadable-"));
        assertThat(file.load()).isEmpty();
        try (var left = Files.list(folder)) {
            assertThat(left).singleElement().satisfies(aside -> assertThat(Files.readString(aside))
                    .startsWith("{\"format\""));
        }
    }

    @Test
    void aSongOfAKindThisPlayerDoesNotKnowIsReportedByName() throws Exception {
        Files.writeString(folder.resolve("song-lists.json"), """
                {"format": "backbeat-song-lists/1", "lists": [
                  {"id": "a", "name": "L", "songs": [{"kind": "video", "title": "x"}]}]}
                """);

        assertThatThrownBy(new SongListsFile(folder)::load)
                .hasMessageStartingWith("The saved song lists could not be read (a song of unknown kind “video”)");
    }
}
