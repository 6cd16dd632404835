package io.backbeat.player.model;

import io.backbeat.catalog.WorkSummary;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry of a song list: a file on this computer, a store work's preview, or a purchased work. The three play
 * from different places, so a list remembers which is which.
 */
public sealed interface Song {

    String title();

    String artist();

    /** Seconds, or 0 when not known (a local file before it has played). */
    long durationSeconds();

    /** Where the song comes from, as a song list shows it. */
    String source();

    /** An MP3 on this computer. */
    record Local(Path file, String title, String artist, long durationSeconds) implements Song {

        public Local {
            Objects.requireNonNull(file, "file");
            title = title == null || title.isBlank() ? titleOf(file) : title.strip();
            artist = artist == null ? "" : artist.strip();
        }

        public static Local of(Path file) {
            return new Local(file.toAbsolutePath().normalize(), null, "", 0);
        }

        @Override
        public String source() {
            return "File " + file;
        }

        private static String titleOf(Path file) {
            var name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            var dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }

    /** A store work, heard as its low-quality preview (fetched into memory each time it plays). */
    record Preview(long work, String title, String artist, String album, long durationSeconds) implements Song {

        public Preview {
            title = Objects.requireNonNullElse(title, "Work " + work);
            artist = Objects.requireNonNullElse(artist, "");
            album = Objects.requireNonNullElse(album, "");
        }

        public static Preview of(WorkSummary work) {
            return new Preview(work.id(), work.title(), work.artist(), work.album(), work.durationSeconds());
        }

        @Override
        public String source() {
            return "Store preview";
        }
    }

    /** A work this account bought, played from the player's library of encrypted purchases. */
    record Purchased(long licence, long work, String title, String artist, long durationSeconds) implements Song {

        public Purchased {
            title = Objects.requireNonNullElse(title, "Work " + work);
            artist = Objects.requireNonNullElse(artist, "");
        }

        @Override
        public String source() {
            return "Purchase (licence " + licence + ")";
        }
    }
}
