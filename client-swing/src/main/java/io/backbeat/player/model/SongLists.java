package io.backbeat.player.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The user's song lists, in the order they were made. Every change is checked here, so a refused change (a blank or
 * taken name) says why in an {@link IllegalArgumentException} and leaves the lists as they were.
 */
public final class SongLists {

    private static final int LONGEST_NAME = 80;

    private final ChangeListeners listeners = new ChangeListeners();
    private final List<SongList> lists = new ArrayList<>();

    public List<SongList> lists() {
        return List.copyOf(lists);
    }

    public Optional<SongList> find(String id) {
        return lists.stream().filter(list -> list.id().equals(id)).findFirst();
    }

    /** Replaces everything, as when the saved lists have been read at start. */
    public void replaceAll(List<SongList> loaded) {
        lists.clear();
        lists.addAll(loaded);
        listeners.fire();
    }

    public SongList create(String name) {
        var list = new SongList(UUID.randomUUID().toString(), checkedName(name, null), List.of());
        lists.add(list);
        listeners.fire();
        return list;
    }

    public SongList rename(String id, String name) {
        var list = get(id);
        return replace(new SongList(id, checkedName(name, id), list.songs()));
    }

    public void delete(String id) {
        lists.remove(get(id));
        listeners.fire();
    }

    public SongList add(String id, List<? extends Song> songs) {
        var list = get(id);
        var changed = new ArrayList<>(list.songs());
        changed.addAll(songs);
        return replace(new SongList(id, list.name(), changed));
    }

    public SongList remove(String id, int... rows) {
        var list = get(id);
        var changed = new ArrayList<>(list.songs());
        IntStream.of(rows).boxed().sorted(Comparator.reverseOrder()).distinct()
                .forEach(row -> changed.remove((int) row));
        return replace(new SongList(id, list.name(), changed));
    }

    /**
     * Moves the songs at {@code rows} so that they stand together, in their old order, before the song that was at
     * {@code before} ({@code size} for the end), as a drag and drop between two rows means.
     *
     * @return where the moved songs now start
     */
    public int move(String id, int[] rows, int before) {
        var list = get(id);
        var songs = list.songs();
        if (before < 0 || before > songs.size()) {
            throw new IllegalArgumentException("There is no place " + before + " in “" + list.name() + "”");
        }
        var moving = new boolean[songs.size()];
        for (var row : rows) {
            if (row < 0 || row >= songs.size()) {
                throw new IllegalArgumentException("There is no song " + row + " in “" + list.name() + "”");
            }
            moving[row] = true;
        }
        var staying = new ArrayList<Song>();
        var moved = new ArrayList<Song>();
        var start = before;
        for (int row = 0; row < songs.size(); row++) {
            if (moving[row]) {
                moved.add(songs.get(row));
                if (row < before) {
                    start--;
                }
            } else {
                staying.add(songs.get(row));
            }
        }
        staying.addAll(start, moved);
        replace(new SongList(id, list.name(), staying));
        return start;
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private SongList replace(SongList changed) {
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).id().equals(changed.id())) {
                lists.set(i, changed);
            }
        }
        listeners.fire();
        return changed;
    }

    private SongList get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("That song list is gone"));
    }

    private String checkedName(String name, String ownId) {
        var wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("A song list needs a name");
        }
        if (wanted.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("A song list's name has at most " + LONGEST_NAME + " characters");
        }
        var taken = lists.stream().anyMatch(list -> !list.id().equals(ownId)
                && list.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new IllegalArgumentException("There is already a song list called “" + wanted + "”");
        }
        return wanted;
    }
}
