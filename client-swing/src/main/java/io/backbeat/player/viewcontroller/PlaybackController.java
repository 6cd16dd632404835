package io.backbeat.player.viewcontroller;

import io.backbeat.catalog.WorkSummary;
import io.backbeat.player.audio.AudioPlayer;
import io.backbeat.player.audio.Mp3Decoder;
import io.backbeat.player.audio.Pcm;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import java.time.Duration;

/** Fetches a work's preview into memory and plays it; pause, stop and volume for the now-playing bar. */
public final class PlaybackController {

    private static final Duration POSITION_REFRESH = Duration.ofMillis(250);

    private final TaskRunner tasks;
    private final StoreConnection store;
    private final NowPlaying nowPlaying;
    private final AudioPlayer audio;
    private final PlayerSettings settings;
    private final PlayerView view;
    private Task loading = TaskRunner.none();
    private Task positionUpdates = TaskRunner.none();
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
        stop();
        nowPlaying.loading(work);
        var client = store.client();
        loading = tasks.run(() -> Mp3Decoder.decode(client.preview(work.id())), this::start,
                failure -> failed(work.title(), failure));
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
            case STOPPED, FINISHED -> nowPlaying.work().ifPresent(this::play);
            default -> {
                // Nothing loaded yet, or loading: there is nothing to pause.
            }
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
        }
    }

    private void failed(String title, Exception failure) {
        nowPlaying.stopped();
        view.showProblem("Cannot play “" + title + "”", store.explain(failure));
    }
}
