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

    @Column(name = "sold_content", length = 64)
    private String soldContent;

    @Column(name = "waveform_content", length = 64)
    private String waveformContent;

    @Column(name = "cover_content", length = 64)
    private String coverContent;

    @Column(name = "cover_type", length = 40)
    private String coverType;

    @Column(name = "broadcast_content", length = 64)
    private String broadcastContent;

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

    /** The pipeline's files for a checked master, made by the transcoder. */
    public record Media(String preview, String sold, String waveform, String cover, String coverType) {
    }

    /** The checker has started on it; also where a retry starts again. */
    public void checking() {
        moveTo(WorkState.CHECKING, null);
    }

    public void transcoding(int checkedDurationSeconds) {
        this.durationSeconds = checkedDurationSeconds;
        moveTo(WorkState.TRANSCODING, null);
    }

    /** Puts a checked work on sale with what the transcoder made. */
    public void publish(Media media, Instant now) {
        this.previewContent = media.preview();
        this.soldContent = media.sold();
        this.waveformContent = media.waveform();
        this.coverContent = media.cover();
        this.coverType = media.coverType();
        this.availableAt = now;
        moveTo(WorkState.AVAILABLE, null);
    }

    /** Channels play the broadcast rendition made from the sold file (made once, when first needed). */
    public void rendered(String broadcast) {
        this.broadcastContent = broadcast;
    }

    public void reject(String reason) {
        moveTo(WorkState.REJECTED, reason);
    }

    public void fail(String error) {
        moveTo(WorkState.FAILED, error);
    }

    /** An administrator sends a failed work through the pipeline again. */
    public void retry() {
        if (state != WorkState.FAILED) {
            throw new IllegalStateException("Only a failed work is retried, not one " + state);
        }
        moveTo(WorkState.RECEIVED, null);
    }

    private void moveTo(WorkState next, String reason) {
        this.state = next;
        this.stateReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
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

    public int pricePoints() {
        return pricePoints;
    }

    public WorkState state() {
        return state;
    }

    public String previewContent() {
        return previewContent;
    }

    public String stateReason() {
        return stateReason;
    }

    public String soldContent() {
        return soldContent;
    }

    public String waveformContent() {
        return waveformContent;
    }

    public String coverContent() {
        return coverContent;
    }

    public String broadcastContent() {
        return broadcastContent;
    }

    public boolean licensedForBusiness() {
        return licensedForBusiness;
    }

    public String coverType() {
        return coverType;
    }

    public int durationSeconds() {
        return durationSeconds;
    }

    public String genre() {
        return genre;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
