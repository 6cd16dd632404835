package io.backbeat.player.model.venue;

import io.backbeat.player.model.ChangeListeners;
import java.time.Instant;
import java.util.Optional;

/**
 * What the unattended venue window shows: the zone, what plays, whether the store is there, what is cached, and
 * what the manager set from afar (paused, volume).
 */
public final class VenueStatus {

    private final ChangeListeners listeners = new ChangeListeners();
    private final long zone;
    private String zoneName;
    private boolean online;
    private String nowPlaying = "Nothing yet";
    private int worksCached;
    private int worksNeeded;
    private Instant cachedUntil;
    private long playsLogged;
    private long playsUploaded;
    private String problem;
    private boolean paused;
    private int volume = 100;

    public VenueStatus(long zone) {
        this.zone = zone;
        this.zoneName = "Zone " + zone;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public long zone() {
        return zone;
    }

    public String zoneName() {
        return zoneName;
    }

    public boolean online() {
        return online;
    }

    public String nowPlaying() {
        return nowPlaying;
    }

    /** "12 of 14 works cached, timeline until …", or what is missing. */
    public String cache() {
        return worksCached + " of " + worksNeeded + " works cached"
                + (cachedUntil == null ? ", no timeline yet" : ", timeline until " + cachedUntil);
    }

    public long playsLogged() {
        return playsLogged;
    }

    public long playsUploaded() {
        return playsUploaded;
    }

    /** Whether the manager paused the zone (from the dashboard); the clock goes on, the player is silent. */
    public boolean paused() {
        return paused;
    }

    /** The volume the manager set, 0 to 100. */
    public int volume() {
        return volume;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public void zoneName(String name) {
        zoneName = name;
        listeners.fire();
    }

    public void online(boolean online) {
        this.online = online;
        listeners.fire();
    }

    public void nowPlaying(String what) {
        nowPlaying = what;
        listeners.fire();
    }

    public void cache(int cached, int needed, Instant until) {
        worksCached = cached;
        worksNeeded = needed;
        cachedUntil = until;
        listeners.fire();
    }

    public void playLog(long logged, long uploaded) {
        playsLogged = logged;
        playsUploaded = uploaded;
        listeners.fire();
    }

    public void paused(boolean paused) {
        this.paused = paused;
        listeners.fire();
    }

    public void volume(int volume) {
        this.volume = volume;
        listeners.fire();
    }

    /** The latest thing that went wrong, or null once things work again. */
    public void problem(String problem) {
        this.problem = problem;
        listeners.fire();
    }
}
