package io.backbeat.player.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Song lists as M3U playlists, the format every media player reads. Local files are written as absolute paths and
 * previews as the store's preview URL, so other players can play both; a purchase only this player can open is
 * written as a {@code #BACKBEAT-PURCHASE} comment, which other players skip.
 */
public final class M3u {

    private static final String HEADER = "#EXTM3U";
    private static final String INFO = "#EXTINF:";
    private static final String PURCHASE = "#BACKBEAT-PURCHASE:";
    private static final String NAME = "#PLAYLIST:";
    private static final Pattern PREVIEW_URL = Pattern.compile("https?://[^\\s]+/stream/preview/(\\d+)");
    private static final Pattern EXTINF = Pattern.compile("(-?\\d+)(?:\\.\\d*)?(?:\\s[^,]*)?,(.*)");
    private static final Pattern PURCHASE_LINE = Pattern.compile("(\\d+),(\\d+),(-?\\d+),(.*)");

    private M3u() {
    }

    /**
     * What an M3U file holds, and one line of explanation for each line the player cannot use.
     *
     * @param name     the playlist's own name ({@code #PLAYLIST:}), if it gives one
     * @param songs    the songs it could read, in the file's order
     * @param problems "line 4: …" for each line skipped
     */
    public record Parsed(Optional<String> name, List<Song> songs, List<String> problems) {
    }

    /**
     * Reads an M3U playlist. Relative paths are taken from {@code folder} (the playlist's own); a local file that
     * {@code exists} denies is skipped and reported, like every line that is not a song the player can play.
     */
    public static Parsed parse(String text, Path folder, Predicate<Path> exists) {
        var songs = new ArrayList<Song>();
        var problems = new ArrayList<String>();
        Info pending = null;
        String name = null;
        var lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            var where = "line " + (i + 1) + ": ";
            if (line.isEmpty() || line.equals(HEADER)) {
                continue;
            }
            if (line.startsWith(INFO)) {
                pending = Info.parse(line.substring(INFO.length()));
                if (pending == null) {
                    problems.add(where + "“" + shortened(line) + "” is not an #EXTINF line the player understands");
                }
                continue;
            }
            if (line.startsWith(PURCHASE)) {
                var purchase = PURCHASE_LINE.matcher(line.substring(PURCHASE.length()));
                if (purchase.matches()) {
                    var info = Info.parse(purchase.group(3) + "," + purchase.group(4));
                    songs.add(new Song.Purchased(Long.parseLong(purchase.group(1)), Long.parseLong(purchase.group(2)),
                            info.title(), info.artist(), info.seconds()));
                } else {
                    problems.add(where + "“" + shortened(line) + "” is not a purchase the player understands");
                }
                pending = null;
                continue;
            }
            if (line.startsWith(NAME)) {
                name = line.substring(NAME.length()).strip();
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            var info = pending == null ? new Info(-1, "", "") : pending;
            pending = null;
            var song = song(line, info, folder, exists, where, problems);
            if (song != null) {
                songs.add(song);
            }
        }
        return new Parsed(Optional.ofNullable(name).filter(given -> !given.isEmpty()), List.copyOf(songs),
                List.copyOf(problems));
    }

    /** The list as an M3U playlist; previews point at {@code store}, the store they come from. */
    public static String format(SongList list, URI store) {
        var out = new StringBuilder(HEADER).append('\n');
        out.append(NAME).append(oneLine(list.name())).append('\n');
        for (var song : list.songs()) {
            var seconds = song.durationSeconds() > 0 ? song.durationSeconds() : -1;
            var label = oneLine(song.artist().isEmpty() ? song.title() : song.artist() + " - " + song.title());
            if (song instanceof Song.Purchased purchased) {
                out.append(PURCHASE).append(purchased.licence()).append(',').append(purchased.work()).append(',')
                        .append(seconds).append(',').append(label).append('\n');
            } else {
                out.append(INFO).append(seconds).append(',').append(label).append('\n');
                out.append(song instanceof Song.Local local ? local.file().toAbsolutePath()
                        : store + "/stream/preview/" + ((Song.Preview) song).work()).append('\n');
            }
        }
        return out.toString();
    }

    private static Song song(String line, Info info, Path folder, Predicate<Path> exists, String where,
                             List<String> problems) {
        var lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            var preview = PREVIEW_URL.matcher(line);
            if (preview.matches()) {
                var work = Long.parseLong(preview.group(1));
                return new Song.Preview(work, info.title().isEmpty() ? "Work " + work : info.title(), info.artist(),
                        "", Math.max(0, info.seconds()));
            }
            problems.add(where + shortened(line) + " is a web address, not a Backbeat preview; skipped");
            return null;
        }
        Path file;
        try {
            file = lower.startsWith("file:") ? Path.of(URI.create(line)) : folder.resolve(line);
        } catch (IllegalArgumentException e) {
            problems.add(where + "“" + shortened(line) + "” is not a file name");
            return null;
        }
        file = file.toAbsolutePath().normalize();
        if (!lower.endsWith(".mp3")) {
            problems.add(where + file + " is not an MP3 file; the player plays MP3s");
            return null;
        }
        if (!exists.test(file)) {
            problems.add(where + "there is no file " + file);
            return null;
        }
        return new Song.Local(file, info.title(), info.artist(), Math.max(0, info.seconds()));
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    private static String shortened(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "…";
    }

    /** What an #EXTINF line says about the entry that follows it. */
    private record Info(long seconds, String artist, String title) {

        static Info parse(String text) {
            var matcher = EXTINF.matcher(text);
            if (!matcher.matches()) {
                return null;
            }
            var label = matcher.group(2).strip();
            var dash = label.indexOf(" - ");
            return dash < 0 ? new Info(Long.parseLong(matcher.group(1)), "", label)
                    : new Info(Long.parseLong(matcher.group(1)), label.substring(0, dash).strip(),
                    label.substring(dash + 3).strip());
        }
    }
}
