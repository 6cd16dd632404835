package io.backbeat.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stream ticket's nonce, kept while the ticket could still be presented, so it is accepted once. */
@Entity
@Table(name = "key_ticket")
public class UsedTicket {

    @Id
    @Column(length = 32)
    private String nonce;

    @Column(name = "player_id", nullable = false)
    private long playerId;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected UsedTicket() {
    }

    UsedTicket(String nonce, long playerId, Instant acceptedAt) {
        this.nonce = nonce;
        this.playerId = playerId;
        this.acceptedAt = acceptedAt;
    }
}
