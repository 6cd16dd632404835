package io.backbeat.upload;

import io.backbeat.account.Account;
import io.backbeat.catalog.Work;
import io.backbeat.media.QaReport;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A master as a musician sent it, and what checking it found. One per work; the work carries the state. The
 * musician's file name is kept for display only: the bytes live in the content store under their SHA-256.
 */
@Entity
@Table(name = "upload")
public class Upload {

    private static final int MAX_TAGS = 40;

    @Id
    @Column(name = "work_id")
    private Long workId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_id")
    private Work work;

    @Column(name = "artist_id", nullable = false)
    private long artistId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploader_id")
    private Account uploader;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "master_content", nullable = false, length = 64)
    private String masterContent;

    @Column(name = "master_bytes", nullable = false)
    private long masterBytes;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Embedded
    private QaFindings qa;

    @ElementCollection
    @CollectionTable(name = "upload_tag", joinColumns = @JoinColumn(name = "work_id"))
    @MapKeyColumn(name = "tag_name", length = 100)
    @Column(name = "tag_value", length = 1000, nullable = false)
    private Map<String, String> tags = new LinkedHashMap<>();

    protected Upload() {
    }

    Upload(Work work, Account uploader, String fileName, String masterContent, long masterBytes, Instant now) {
        this.work = work;
        this.artistId = work.artist().id();
        this.uploader = uploader;
        this.fileName = fileName;
        this.masterContent = masterContent;
        this.masterBytes = masterBytes;
        this.receivedAt = now;
        this.updatedAt = now;
    }

    /** Records (or, on a redelivery, replaces) the QA report. */
    void checked(QaReport report, Instant now) {
        this.qa = new QaFindings(report);
        this.tags.clear();
        report.tags().entrySet().stream().limit(MAX_TAGS).forEach(tag -> tags.put(
                clip(tag.getKey(), 100), clip(tag.getValue(), 1000)));
        this.checkedAt = now;
        this.updatedAt = now;
    }

    void failedAttempt(String error, Instant now) {
        this.failedAttempts++;
        this.lastError = clip(error, 2000);
        this.updatedAt = now;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    void retried(Instant now) {
        this.failedAttempts = 0;
        this.lastError = null;
        this.updatedAt = now;
    }

    private static String clip(String text, int length) {
        return text == null ? "" : text.substring(0, Math.min(text.length(), length));
    }

    public Work work() {
        return work;
    }

    public Long workId() {
        return workId;
    }

    public Account uploader() {
        return uploader;
    }

    public String fileName() {
        return fileName;
    }

    public String masterContent() {
        return masterContent;
    }

    public long masterBytes() {
        return masterBytes;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public String lastError() {
        return lastError;
    }

    public QaFindings qa() {
        return qa;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
