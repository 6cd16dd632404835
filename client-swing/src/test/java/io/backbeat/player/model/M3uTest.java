package io.backbeat.player.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class M3uTest {

    private static final Path FOLDER = Path.of("/music/lists");
    private static final Set<Path> FILES = Set.of(Path.of("/music/lists/naima.mp3"), Path.of("/music/so what.mp3"));

    @Test
    void filesAndPreviewsAreReadWithTheirExtinfTitles() {
        var parsed = M3u.parse("""
                #EXTM3U
                #EXTINF:185,John Coltrane - Naima
                naima.mp3
                #EXTINF:545,Miles Davis - So What
                ../so what.mp3
                #EXTINF:337,Blue in Green
                http://store.example:8080/stream/preview/4
                """, FOLDER, FILES::contains);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.name()).isEmpty();
        assertThat(parsed.songs()).containsExactly(
                new Song.Local(Path.of("/music/lists/naima.mp3"), "Naima", "John Coltrane", 185),
                new Song.Local(Path.of("/music/so what.mp3"), "So What", "Miles Davis", 545),
                new Song.Preview(4, "Blue in Green", "", "", 337));
    }

    @Test
    void junkAndMissingFilesAreSkippedEachWithItsLine() {
        var parsed = M3u.parse("""
                \uFEFF#EXTM3U
                naima.mp3
                #EXTINF:abc
                this is not a song
                missing.mp3
                https://radio.example/stream.ogg
                cover.jpg
                #BACKBEAT-PURCHASE:twelve
                """, FOLDER, FILES::contains);

        assertThat(parsed.songs()).containsExactly(new Song.Local(Path.of("/music/lists/naima.mp3"), null, "", 0));
        assertThat(parsed.problems()).containsExactly(
                "line 3: “#EXTINF:abc” is not an #EXTINF line the player understands",
                "line 4: /music/lists/this is not a song is not an MP3 file; the player plays MP3s",
                "line 5: there is no file /music/lists/missing.mp3",
                "line 6: https://radio.example/stream.ogg is a web address, not a Backbeat preview; skipped",
                "line 7: /music/lists/cover.jpg is not an MP3 file; the player plays MP3s",
                "line 8: “#BACKBEAT-PURCHASE:twelve” is not a purchase the player understands");
    }

    @Test
    void binaryJunkGivesProblemsNotAnException() {
        var parsed = M3u.parse("\u0000\u0001PNG\r\n\u00ff\u00fe\u0000.mp3\n", FOLDER, path -> false);

        assertThat(parsed.songs()).isEmpty();
        assertThat(parsed.problems()).hasSize(2).allSatisfy(problem -> assertThat(problem).startsWith("line "));
    }

    @Test
    void anExportedListReadsBackTheSame() {
        var songs = List.<Song>of(
                new Song.Local(Path.of("/music/lists/naima.mp3"), "Naima", "John Coltrane", 185),
                new Song.Preview(4, "Blue in Green", "Miles Davis", "", 337),
                new Song.Purchased(12, 3, "Peace Piece", "Bill Evans", 402));
        var text = M3u.format(new SongList("id", "Sunday\nmorning", songs), URI.create("http://localhost:8080"));

        assertThat(text).isEqualTo("""
                #EXTM3U
                #PLAYLIST:Sunday morning
                #EXTINF:185,John Coltrane - Naima
                /music/lists/naima.mp3
                #EXTINF:337,Miles Davis - Blue in Green
                http://localhost:8080/stream/preview/4
                #BACKBEAT-PURCHASE:12,3,402,Bill Evans - Peace Piece
                """);
        var back = M3u.parse(text, Path.of("/elsewhere"), FILES::contains);
        assertThat(back.problems()).isEmpty();
        assertThat(back.name()).hasValue("Sunday morning");
        assertThat(back.songs()).containsExactly(songs.get(0), new Song.Preview(4, "Blue in Green", "Miles Davis",
                "", 337), songs.get(2));
    }
}
