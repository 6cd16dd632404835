package io.backbeat.player.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backbeat.player.model.Song;
import io.backbeat.player.model.SongList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The song lists in the player's data folder, as one JSON file ({@code song-lists.json}). Written whole to a
 * temporary file and moved into place, so a crash mid-write leaves the previous lists, never half of them.
 */
public final class SongListsFile {

    static final String FORMAT = "backbeat-song-lists/1";
    private static final String NAME = "song-lists.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private long written = Long.MIN_VALUE;

    public SongListsFile(Path dataFolder) {
        file = dataFolder.resolve(NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * The saved lists, none on a first run. A file that cannot be read is moved aside (so the next save does not
     * overwrite what may still be recovered by hand) and reported with {@link UnreadableSongListsException}.
     */
    public List<SongList> load() throws IOException {
        JsonNode root;
        try {
            root = json.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException firstRun) {
            return List.of();
        } catch (JacksonException e) {
            throw setAside("it is not valid JSON");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw setAside("it is not a Backbeat song lists file");
        }
        try {
            var lists = new ArrayList<SongList>();
            for (var list : root.path("lists")) {
                var songs = new ArrayList<Song>();
                for (var song : list.path("songs")) {
                    songs.add(song(song));
                }
                lists.add(new SongList(required(list, "id"), required(list, "name"), songs));
            }
            return lists;
        } catch (IllegalArgumentException e) {
            throw setAside(e.getMessage());
        }
    }

    /**
     * Writes the lists. Saves may be started one after another on different threads; {@code version} orders them,
     * so an older snapshot that arrives late never replaces a newer one.
     */
    public synchronized void save(long version, List<SongList> lists) throws IOException {
        if (version <= written) {
            return;
        }
        var root = json.createObjectNode().put("format", FORMAT);
        var array = root.putArray("lists");
        for (var list : lists) {
            var node = array.addObject().put("id", list.id()).put("name", list.name());
            var songs = node.putArray("songs");
            list.songs().forEach(song -> write(song, songs.addObject()));
        }
        Files.createDirectories(file.getParent());
        var temporary = Files.createTempFile(file.getParent(), NAME, ".new");
        try {
            json.writeValue(temporary.toFile(), root);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = version;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void write(Song song, ObjectNode node) {
        if (song instanceof Song.Local local) {
            node.put("kind", "local").put("file", local.file().toString());
        } else if (song instanceof Song.Preview preview) {
            node.put("kind", "preview").put("work", preview.work()).put("album", preview.album());
        } else if (song instanceof Song.Purchased purchased) {
            node.put("kind", "purchase").put("licence", purchased.licence()).put("work", purchased.work());
        }
        node.put("title", song.title()).put("artist", song.artist()).put("seconds", song.durationSeconds());
    }

    private static Song song(JsonNode node) {
        var title = node.path("title").asText(null);
        var artist = node.path("artist").asText("");
        var seconds = node.path("seconds").asLong(0);
        return switch (node.path("kind").asText()) {
            case "local" -> new Song.Local(Path.of(required(node, "file")), title, artist, seconds);
            case "preview" -> new Song.Preview(number(node, "work"), title, artist, node.path("album").asText(""),
                    seconds);
            case "purchase" -> new Song.Purchased(number(node, "licence"), number(node, "work"), title, artist,
                    seconds);
            default -> throw new IllegalArgumentException("a song of unknown kind “" + node.path("kind").asText()
                    + "”");
        };
    }

    private static String required(JsonNode node, String field) {
        var value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("an entry has no " + field);
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field) {
        var value = node.path(field);
        if (!value.canConvertToLong()) {
            throw new IllegalArgumentException("an entry has no " + field);
        }
        return value.asLong();
    }

    private UnreadableSongListsException setAside(String why) throws IOException {
        var aside = file.resolveSibling(NAME + ".unreadable-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return new UnreadableSongListsException("The saved song lists could not be read (" + why + "). The file was"
                + " kept as " + aside + " and the player starts with no song lists.");
    }

    /** The saved song lists were damaged; the message says where the file went. */
    public static final class UnreadableSongListsException extends IOException {

        UnreadableSongListsException(String message) {
            super(message);
        }
    }
}
