package io.backbeat.player.model;

import java.util.List;
import java.util.Objects;

/**
 * A named song list as it stands; {@link SongLists} makes the changes. The id stays when the list is renamed, so a
 * view can keep it selected.
 */
public record SongList(String id, String name, List<Song> songs) {

    public SongList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        songs = List.copyOf(songs);
    }

    public long totalSeconds() {
        return songs.stream().mapToLong(Song::durationSeconds).sum();
    }
}
