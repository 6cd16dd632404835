package io.backbeat.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manager's command to a zone's player, pending until the player acknowledges it in a heartbeat. */
@Entity
@Table(name = "zone_command")
public class ZoneCommand {

    /** What a manager may ask a zone's player to do. */
    public enum Action {
        SKIP, PAUSE, RESUME, VOLUME
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Action action;

    private Integer volume;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected ZoneCommand() {
    }

    ZoneCommand(long zoneId, Action action, Integer volume, Instant issuedAt) {
        this.zoneId = zoneId;
        this.action = action;
        this.volume = volume;
        this.issuedAt = issuedAt;
    }

    void acknowledge(Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    long zoneId() {
        return zoneId;
    }

    ZoneCommandView view() {
        return new ZoneCommandView(id, action.name(), volume, issuedAt);
    }
}
