package io.backbeat.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public channel: an endless stream at {@code /stream/channel/{slug}} that any internet radio plays. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60, unique = true)
    private String slug;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, length = 60)
    private String genre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChannelKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Channel() {
    }

    public Channel(String slug, String title, String genre, ChannelKind kind, Instant createdAt) {
        this.slug = slug;
        this.title = title;
        this.genre = genre;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public ChannelInfo info() {
        return new ChannelInfo(slug, title, genre, kind);
    }

    public String slug() {
        return slug;
    }
}
