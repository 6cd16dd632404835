package io.backbeat.player.viewcontroller;

import io.backbeat.catalog.WorkSummary;
import io.backbeat.player.audio.AudioPlayer;
import io.backbeat.player.audio.Mp3Decoder;
import io.backbeat.player.audio.Pcm;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.Song;
import io.backbeat.player.store.StoreClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;

/**
 * Plays songs: a preview fetched into memory, a local MP3, or a purchase decrypted in memory. Songs started from a
 * song list play on through it; previous, next, pause, stop and volume for the now-playing bar.
 */
public final class PlaybackController {

    private static final Duration POSITION_REFRESH = Duration.ofMillis(250);

    private final TaskRunner tasks;
    private final StoreConnection store;
    private final NowPlaying nowPlaying;
    private final AudioPlayer audio;
    private final PlayerSettings settings;
    private final PlayerView view;
    private volatile PurchaseOpener purchases = PurchaseOpener.NOT_REGISTERED;
    private List<Song> queue = List.of();
    private int position;
    private Task loading = TaskRunner.none();
    private Task positionUpdates = TaskRunner.none();
    private Task coverLoading = TaskRunner.none();
    // Tells a finish callback from a playback that has since been replaced from one for the current playback.
    private int playbackNumber;

    public PlaybackController(TaskRunner tasks, StoreConnection store, NowPlaying nowPlaying, AudioPlayer audio,
                              PlayerSettings settings, PlayerView view) {
        this.tasks = tasks;
        this.store = store;
        this.nowPlaying = nowPlaying;
        this.audio = audio;
        this.settings = settings;
        this.view = view;
        audio.setVolume(settings.volume() / 100f);
    }

    public NowPlaying nowPlaying() {
        return nowPlaying;
    }

    /** Stops whatever plays, then fetches and plays {@code work}'s preview. */
    public void play(WorkSummary work) {
        play(List.of(Song.Preview.of(work)), 0);
    }

    /** Stops whatever plays, then plays {@code songs} from the one at {@code index} on, one after the other. */
    public void play(List<Song> songs, int index) {
        stop();
        queue = List.copyOf(songs);
        position = index;
        load();
    }

    /** How purchases are opened from now on (once the player's keys are unlocked). */
    public void openPurchasesWith(PurchaseOpener opener) {
        purchases = opener;
    }

    public void next() {
        if (position + 1 < queue.size()) {
            stop();
            position++;
            load();
        }
    }

    public void previous() {
        if (position > 0) {
            stop();
            position--;
            load();
        }
    }

    /** Looks a work up by its id (a {@code .backbeat} link names only that), then plays it. */
    public void play(long workId, String titleForMessages) {
        stop();
        var client = store.client();
        loading = tasks.run(() -> client.work(workId), this::play, failure -> failed(titleForMessages, failure));
    }

    public void togglePause() {
        switch (nowPlaying.state()) {
            case PLAYING -> {
                audio.pause();
                nowPlaying.paused();
            }
            case PAUSED -> {
                audio.resume();
                nowPlaying.resumed();
            }
            case STOPPED, FINISHED -> {
                stop();
                load();
            }
            default -> {
                // Nothing loaded yet, or loading: there is nothing to pause.
            }
        }
    }

    /** Moves what plays (or is paused) to {@code millis} from its start; nothing happens when nothing does. */
    public void seek(long millis) {
        if (nowPlaying.state() == NowPlaying.State.PLAYING || nowPlaying.state() == NowPlaying.State.PAUSED) {
            audio.seek(millis);
            nowPlaying.position(audio.positionMillis());
        }
    }

    public void stop() {
        loading.cancel();
        positionUpdates.cancel();
        audio.stop();
        if (nowPlaying.state() != NowPlaying.State.NOTHING) {
            nowPlaying.stopped();
        }
    }

    /** Loudness from 0 to 100, remembered for the next run. */
    public void setVolume(int volume) {
        settings.setVolume(volume);
        audio.setVolume(settings.volume() / 100f);
    }

    public int volume() {
        return settings.volume();
    }

    private void load() {
        var song = queue.get(position);
        nowPlaying.loading(song, position > 0, position + 1 < queue.size());
        var client = store.client();
        var opener = purchases;
        loading = tasks.run(() -> {
            if (song instanceof Song.Preview preview) {
                return Mp3Decoder.decode(client.preview(preview.work()));
            } else if (song instanceof Song.Local local) {
                return Mp3Decoder.decode(read(local), "The file " + local.file().getFileName());
            } else {
                return Mp3Decoder.decode(opener.open((Song.Purchased) song), "The purchase “" + song.title() + "”");
            }
        }, this::start, failure -> failed(song.title(), failure));
        loadCover(song, client);
    }

    /** A store work's cover art, fetched beside the sound; none (a local file, no picture, no store) is no problem. */
    private void loadCover(Song song, StoreClient client) {
        coverLoading.cancel();
        long work = song instanceof Song.Preview preview ? preview.work()
                : song instanceof Song.Purchased purchased ? purchased.work() : 0;
        if (work > 0) {
            coverLoading = tasks.run(() -> client.cover(work), found -> found.ifPresent(nowPlaying::cover),
                    noCover -> { });
        }
    }

    private static byte[] read(Song.Local song) throws CannotPlayException {
        try {
            return Files.readAllBytes(song.file());
        } catch (NoSuchFileException e) {
            throw new CannotPlayException("There is no file " + song.file() + " any more: was it moved or deleted?", e);
        } catch (IOException e) {
            throw new CannotPlayException("The file " + song.file() + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void start(Pcm preview) {
        store.answered();
        var thisPlayback = ++playbackNumber;
        var audible = audio.play(preview, () -> tasks.onUiThread(() -> finished(thisPlayback)));
        nowPlaying.playing(preview.durationMillis(), !audible);
        positionUpdates = tasks.repeat(POSITION_REFRESH, () -> nowPlaying.position(audio.positionMillis()));
    }

    private void finished(int playback) {
        if (playback == playbackNumber && nowPlaying.state() == NowPlaying.State.PLAYING) {
            positionUpdates.cancel();
            nowPlaying.finished();
            if (position + 1 < queue.size()) {
                position++;
                load();
            }
        }
    }

    private void failed(String title, Exception failure) {
        nowPlaying.stopped();
        view.showProblem("Cannot play “" + title + "”", store.explain(failure));
    }
}
