package io.backbeat.business;

import io.backbeat.catalog.Work;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One play a zone's player logged and signed, a link of that zone's chain (see {@link PlayRecord}). */
@Entity
@Table(name = "play")
public class Play {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(name = "zone_name", nullable = false, length = 120)
    private String zoneName;

    @Column(name = "venue_id", nullable = false)
    private long venueId;

    @Column(name = "player_id", nullable = false)
    private long playerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_id")
    private Work work;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "seq", nullable = false)
    private long sequence;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(nullable = false, length = 4000)
    private String signature;

    protected Play() {
    }

    Play(Zone zone, long playerId, Work work, SignedPlay signed) {
        PlayRecord play = signed.play();
        this.zoneId = zone.id();
        this.zoneName = zone.name();
        this.venueId = zone.venue().id();
        this.playerId = playerId;
        this.work = work;
        this.startedAt = play.start();
        this.durationMillis = Duration.between(play.start(), play.end()).toMillis();
        this.online = play.online();
        this.sequence = play.sequence();
        this.hash = play.hash();
        this.signature = signed.signature();
    }
}
