package io.backbeat.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The last heartbeat of a zone's player, and since when it has been silent. Only the last one is kept: the
 * dashboard asks "online now?" and "silent since when?", and both are answered from it.
 */
@Entity
@Table(name = "zone_heartbeat")
public class ZoneHeartbeat {

    @Id
    @Column(name = "zone_id")
    private long zoneId;

    @Column(name = "player_id", nullable = false)
    private long playerId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "work_id")
    private Long work;

    @Column(name = "position_ms", nullable = false)
    private long positionMs;

    @Column(nullable = false)
    private boolean paused;

    @Column(nullable = false)
    private int volume;

    @Column(name = "silent_since")
    private Instant silentSince;

    protected ZoneHeartbeat() {
    }

    ZoneHeartbeat(long zoneId) {
        this.zoneId = zoneId;
    }

    /**
     * Records a heartbeat. A silent one keeps the instant the silence began: at an earlier silent heartbeat, or at
     * the last heartbeat before the player went unheard.
     */
    void receive(long player, Instant at, Long work, long positionMs, boolean paused, int volume) {
        Instant before = receivedAt == null ? null : silentSince(at);
        this.silentSince = work == null && !paused ? (before != null ? before : at) : null;
        this.playerId = player;
        this.receivedAt = at;
        this.work = work;
        this.positionMs = positionMs;
        this.paused = paused;
        this.volume = volume;
    }

    boolean isOnline(Instant now) {
        return Duration.between(receivedAt, now).compareTo(ZoneControl.ONLINE_WITHIN) < 0;
    }

    /**
     * Since when the zone has been silent as of {@code now}: since its player last spoke if it has gone quiet, since
     * the player began reporting nothing playing, or null while it plays (or is paused on purpose).
     */
    Instant silentSince(Instant now) {
        return isOnline(now) ? silentSince : receivedAt;
    }

    long player() {
        return playerId;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Long work() {
        return work;
    }

    long positionMs() {
        return positionMs;
    }

    boolean paused() {
        return paused;
    }

    int volume() {
        return volume;
    }
}
