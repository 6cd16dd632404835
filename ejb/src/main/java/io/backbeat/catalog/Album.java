package io.backbeat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

@Entity
@Table(name = "album")
public class Album {

    @Id
    @GenericField(projectable = Projectable.YES)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artist_id")
    private Artist artist;

    @FullTextField(analyzer = SearchAnalysis.NAME, projectable = Projectable.YES)
    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "release_year")
    private Integer year;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Lets the search index follow a retitled album to its works; never loaded otherwise. */
    @OneToMany(mappedBy = "album")
    private List<Work> works = new ArrayList<>();

    protected Album() {
    }

    public Album(Artist artist, String title, Integer year, Instant createdAt) {
        this.artist = artist;
        this.title = title.strip();
        this.year = year;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Artist artist() {
        return artist;
    }

    public String title() {
        return title;
    }

    public Integer year() {
        return year;
    }
}
