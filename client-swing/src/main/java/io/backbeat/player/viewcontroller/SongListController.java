package io.backbeat.player.viewcontroller;

import io.backbeat.catalog.WorkSummary;
import io.backbeat.player.model.M3u;
import io.backbeat.player.model.Song;
import io.backbeat.player.model.SongList;
import io.backbeat.player.model.SongLists;
import io.backbeat.player.store.SongListsFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes, changes, plays, imports and exports song lists, and saves them after every change. Called on the UI
 * thread; reading and writing files happens on {@link TaskRunner}'s workers.
 */
public final class SongListController {

    /** The list a song goes to when the user has not made one yet. */
    public static final String FIRST_LIST = "My songs";
    private static final long LARGEST_M3U = 4L << 20;
    private static final int PROBLEMS_SHOWN = 8;

    private final TaskRunner tasks;
    private final SongLists lists;
    private final SongListsFile file;
    private final StoreConnection store;
    private final PlaybackController playback;
    private final PlayerView view;
    private final AtomicLong versions = new AtomicLong();
    private String selected;

    public SongListController(TaskRunner tasks, SongLists lists, SongListsFile file, StoreConnection store,
                              PlaybackController playback, PlayerView view) {
        this.tasks = tasks;
        this.lists = lists;
        this.file = file;
        this.store = store;
        this.playback = playback;
        this.view = view;
    }

    public SongLists lists() {
        return lists;
    }

    /** Reads the saved lists; lists made while they were being read are kept after them. */
    public void load() {
        tasks.run(file::load, loaded -> {
            var all = new ArrayList<>(loaded);
            all.addAll(lists.lists());
            lists.replaceAll(all);
        }, failure -> view.showProblem("Song lists", message(failure)));
    }

    /** The list the view shows, where "add to song list" puts songs. */
    public void select(String id) {
        selected = id;
    }

    public Optional<SongList> selected() {
        return selected == null ? Optional.empty() : lists.find(selected);
    }

    public Optional<SongList> create(String name) {
        return change("Cannot make the song list", () -> lists.create(name));
    }

    public void rename(String id, String name) {
        change("Cannot rename the song list", () -> lists.rename(id, name));
    }

    public void delete(String id) {
        change("Cannot delete the song list", () -> {
            lists.delete(id);
            return null;
        });
    }

    public void add(String id, List<? extends Song> songs) {
        change("Cannot add to the song list", () -> lists.add(id, songs));
    }

    /** Adds search results (as previews) to the selected list, making the first list if there is none. */
    public Optional<SongList> addToSelected(List<WorkSummary> works) {
        return addSongsToSelected(works.stream().map(Song.Preview::of).toList());
    }

    /** Adds songs to the selected list (else the first), making the first list if there is none. */
    public Optional<SongList> addSongsToSelected(List<? extends Song> songs) {
        var target = selected().or(() -> lists.lists().stream().findFirst())
                .or(() -> create(FIRST_LIST));
        target.ifPresent(list -> add(list.id(), songs));
        return target.flatMap(list -> lists.find(list.id()));
    }

    public void remove(String id, int... rows) {
        change("Cannot remove the songs", () -> lists.remove(id, rows));
    }

    /** Moves songs as a drag and drop does; answers where they now start (or -1 if refused). */
    public int move(String id, int[] rows, int before) {
        return change("Cannot move the songs", () -> lists.move(id, rows, before)).orElse(-1);
    }

    /** Plays the list from the song at {@code row} on. */
    public void play(String id, int row) {
        lists.find(id).filter(list -> row >= 0 && row < list.songs().size())
                .ifPresent(list -> playback.play(list.songs(), row));
    }

    /**
     * Reads an M3U file into a new list named after it. Lines the player cannot use are skipped and listed in one
     * message; a file with no usable line makes no list.
     */
    public void importM3u(Path m3u) {
        tasks.run(() -> M3u.parse(read(m3u), m3u.toAbsolutePath().getParent(), Files::isRegularFile), parsed -> {
            var name = parsed.name().orElse(m3u.getFileName().toString().replaceFirst("\\.m3u8?$", ""));
            var title = "Importing " + m3u.getFileName();
            if (parsed.songs().isEmpty()) {
                view.showProblem(title, "There is no song in " + m3u.getFileName() + " the player can play, so no"
                        + " list was made." + problems(parsed.problems()));
                return;
            }
            var list = create(freeName(name.isBlank() ? "Imported" : name));
            list.ifPresent(made -> {
                add(made.id(), parsed.songs());
                select(made.id());
            });
            if (!parsed.problems().isEmpty()) {
                view.showProblem(title, parsed.songs().size() + " songs were imported; "
                        + parsed.problems().size() + " lines were skipped." + problems(parsed.problems()));
            }
        }, failure -> view.showProblem("Cannot import " + m3u.getFileName(), message(failure)));
    }

    /** Writes the list as an M3U file others players can read too. */
    public void exportM3u(String id, Path m3u) {
        var list = lists.find(id);
        if (list.isEmpty()) {
            return;
        }
        var text = M3u.format(list.get(), store.address());
        tasks.run(() -> Files.writeString(m3u, text, StandardCharsets.UTF_8), written -> {
        }, failure -> view.showProblem("Cannot export “" + list.get().name() + "”",
                "The file " + m3u + " cannot be written: " + message(failure)));
    }

    private static String read(Path m3u) throws IOException {
        try {
            if (Files.size(m3u) > LARGEST_M3U) {
                throw new IOException(m3u.getFileName() + " is too large to be a song list");
            }
            var bytes = Files.readAllBytes(m3u);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notUtf8) {
                // Plain .m3u files from older players are Latin-1.
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("There is no file " + m3u, e);
        }
    }

    private String freeName(String wanted) {
        var name = wanted;
        for (int n = 2; taken(name); n++) {
            name = wanted + " (" + n + ")";
        }
        return name;
    }

    private boolean taken(String name) {
        return lists.lists().stream().anyMatch(list -> list.name().equalsIgnoreCase(name));
    }

    private static String problems(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        var shown = String.join("\n", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
        var more = problems.size() > PROBLEMS_SHOWN ? "\n… and " + (problems.size() - PROBLEMS_SHOWN) + " more" : "";
        return "\n\n" + shown + more;
    }

    private static String message(Exception failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private interface Change<T> {
        T make();
    }

    /** Makes a change, tells the user if it was refused, and saves the lists if it was made. */
    private <T> Optional<T> change(String refusal, Change<T> change) {
        T result;
        try {
            result = change.make();
        } catch (IllegalArgumentException refused) {
            view.showProblem(refusal, refused.getMessage());
            return Optional.empty();
        }
        save();
        return Optional.ofNullable(result);
    }

    private void save() {
        var version = versions.incrementAndGet();
        var snapshot = lists.lists();
        tasks.run(() -> {
            file.save(version, snapshot);
            return version;
        }, saved -> {
        }, failure -> view.showProblem("Song lists not saved", "The song lists cannot be saved in "
                + file.file() + ": " + message(failure)));
    }
}
