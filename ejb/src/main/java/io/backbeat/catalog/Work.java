package io.backbeat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * Something Backbeat sells: a song (or later a video or a text) by one artist, perhaps on an album. The
 * search index holds what customers search and sort on; {@code plays} stays out of it so that counting a
 * play never costs a re-index.
 */
@Entity
@Table(name = "work")
@Indexed(index = "work")
public class Work {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = SearchAnalysis.NAME, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artist_id")
    @IndexedEmbedded(includePaths = {"id", "name", "name_sort"})
    private Artist artist;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "album_id")
    @IndexedEmbedded(includePaths = {"id", "title"})
    private Album album;

    @Column(name = "track_number")
    private Integer trackNumber;

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    @KeywordField(name = "genre_key", normalizer = SearchAnalysis.SORT)
    @Column(nullable = false, length = 60)
    private String genre;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "release_year")
    private Integer year;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @GenericField(projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false, length = 10)
    private MediaType mediaType;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "price_points", nullable = false)
    private int pricePoints;

    @GenericField(projectable = Projectable.YES)
    @Column(nullable = false)
    private boolean explicit;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "licensed_for_business", nullable = false)
    private boolean licensedForBusiness;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkState state;

    @Column(name = "state_reason", length = 1000)
    private String stateReason;

    @Column(name = "preview_content", length = 64)
    private String previewContent;

    @Column(nullable = false)
    private long plays;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "available_at")
    private Instant availableAt;

    protected Work() {
    }

    public Work(WorkDetails details, Artist artist, Album album, Instant receivedAt) {
        this.title = details.title().strip();
        this.artist = artist;
        this.album = album;
        this.trackNumber = details.trackNumber();
        this.genre = details.genre().strip();
        this.year = details.year();
        this.mediaType = details.mediaType();
        this.pricePoints = details.pricePoints();
        this.explicit = details.explicit();
        this.licensedForBusiness = details.licensedForBusiness();
        this.state = WorkState.RECEIVED;
        this.createdAt = receivedAt;
    }

    /** Puts a checked work on sale with its preview. */
    public void publish(int checkedDurationSeconds, String previewContentId, Instant now) {
        this.durationSeconds = checkedDurationSeconds;
        this.previewContent = previewContentId;
        this.state = WorkState.AVAILABLE;
        this.stateReason = null;
        this.availableAt = now;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Artist artist() {
        return artist;
    }

    public Album album() {
        return album;
    }

    public WorkState state() {
        return state;
    }

    public String previewContent() {
        return previewContent;
    }
}
