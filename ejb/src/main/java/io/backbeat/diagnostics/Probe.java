package io.backbeat.diagnostics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "probe")
public class Probe {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProbeMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProbeState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected Probe() {
    }

    Probe(UUID id, ProbeMode mode, Instant sentAt) {
        this.id = id;
        this.mode = mode;
        this.state = ProbeState.SENT;
        this.sentAt = sentAt;
    }

    void attempted() {
        attempts++;
    }

    /** A redelivered message finds the probe settled already and changes nothing. */
    void settle(ProbeState outcome, Instant at) {
        if (state == ProbeState.SENT) {
            state = outcome;
            settledAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public ProbeMode mode() {
        return mode;
    }

    public ProbeState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
