package io.backbeat.player.model;

import java.util.List;
import java.util.OptionalLong;

/** The purchases library's state: what the account owns, what is on this player, and the download under way. */
public final class Purchases {

    /** One work the account bought (or, offline, one found on this player). */
    public record Owned(long licence, long work, String title, String artist, int points, boolean refunded,
                        boolean downloaded) {

        public Song.Purchased song() {
            return new Song.Purchased(licence, work, title, artist, 0);
        }
    }

    private final ChangeListeners listeners = new ChangeListeners();
    private List<Owned> owned = List.of();
    private String summary = "Sign in on the Account tab to see what you own";
    private long downloading = -1;
    private long done;
    private long total = -1;

    public void show(List<Owned> owned, String summary) {
        this.owned = List.copyOf(owned);
        this.summary = summary;
        listeners.fire();
    }

    public void downloadStarted(long licence) {
        downloading = licence;
        done = 0;
        total = -1;
        listeners.fire();
    }

    public void progress(long done, long total) {
        if (downloading >= 0) {
            this.done = done;
            this.total = total;
            listeners.fire();
        }
    }

    public void downloadEnded() {
        downloading = -1;
        listeners.fire();
    }

    public List<Owned> owned() {
        return owned;
    }

    public String summary() {
        return summary;
    }

    public OptionalLong downloading() {
        return downloading < 0 ? OptionalLong.empty() : OptionalLong.of(downloading);
    }

    /** How much of the download has arrived, from 0 to 100, or -1 while the store has not said how much will. */
    public int percent() {
        return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
    }

    public String progressText() {
        if (downloading < 0) {
            return "";
        }
        return total > 0 ? String.format("Downloading licence %d: %d %% of %,d KB", downloading, percent(),
                total / 1024) : String.format("Downloading licence %d: %,d KB", downloading, done / 1024);
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }
}
