package io.backbeat.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** A registered player: its public key, its owner's account id and its status. Kept by the key service alone. */
@Entity
@Table(name = "key_player")
public class Player {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 40)
    private String fingerprint;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(nullable = false)
    private boolean personalised;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlayerStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Player() {
    }

    Player(long ownerId, String fingerprint, String name, String publicKey, boolean personalised, Instant now) {
        this.ownerId = ownerId;
        this.fingerprint = fingerprint;
        this.name = name;
        this.publicKey = publicKey;
        this.personalised = personalised;
        this.status = PlayerStatus.ACTIVE;
        this.registeredAt = now;
    }

    public long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String publicKey() {
        return publicKey;
    }

    /** The registered key, read to check what the player signed; empty if it no longer reads as a usable key. */
    public Optional<PublicKeys.PlayerKey> usableKey() {
        try {
            return Optional.of(PublicKeys.check(publicKey.getBytes(StandardCharsets.US_ASCII)));
        } catch (UnusableKeyException e) {
            return Optional.empty();
        }
    }

    public boolean active() {
        return status == PlayerStatus.ACTIVE;
    }

    void revoke(Instant now) {
        status = PlayerStatus.REVOKED;
        revokedAt = now;
    }

    public PlayerView view() {
        return new PlayerView(id, name, fingerprint, personalised, status.name(), registeredAt, revokedAt);
    }
}
