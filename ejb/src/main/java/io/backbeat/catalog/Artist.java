package io.backbeat.catalog;

import io.backbeat.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An artist or a band: the name works are sold under. */
@Entity
@Table(name = "artist")
public class Artist {

    @Id
    @GenericField(projectable = Projectable.YES)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = SearchAnalysis.NAME, projectable = Projectable.YES)
    @KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    @Column(nullable = false, length = 200)
    private String name;

    /** The A–Z listing's letter: A to Z, or '#' for names that start with anything else. */
    @Column(name = "name_initial", nullable = false, length = 1)
    private String initial;

    @Column(nullable = false)
    private boolean band;

    @Column(length = 60)
    private String genre;

    @Column(length = 4000)
    private String bio;

    @Column(name = "picture_content", length = 64)
    private String pictureContent;

    @Column(name = "picture_type", length = 40)
    private String pictureType;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_account_id")
    private Account owner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Lets the search index follow a rename to every work; never loaded otherwise. */
    @OneToMany(mappedBy = "artist")
    private List<Work> works = new ArrayList<>();

    protected Artist() {
    }

    public Artist(String name, boolean band, String genre, String bio, Account owner, Instant createdAt) {
        rename(name);
        this.band = band;
        this.genre = genre;
        this.bio = bio;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    public void rename(String newName) {
        this.name = newName.strip();
        this.initial = initialOf(this.name);
    }

    static String initialOf(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        char first = folded.isEmpty() ? '#' : Character.toUpperCase(folded.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
    }

    public void describe(String newBio, String newGenre) {
        this.bio = newBio;
        this.genre = newGenre;
    }

    public void showPicture(String contentId, String mediaType) {
        this.pictureContent = contentId;
        this.pictureType = mediaType.toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean band() {
        return band;
    }

    public String genre() {
        return genre;
    }

    public String bio() {
        return bio;
    }

    public String pictureContent() {
        return pictureContent;
    }

    public String pictureType() {
        return pictureType;
    }

    public Account owner() {
        return owner;
    }
}
