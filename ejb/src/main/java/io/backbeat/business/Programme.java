package io.backbeat.business;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What an organisation's zones play: a fixed playlist or a rotation's rules (see {@link ProgrammeRules}). */
@Entity
@Table(name = "programme")
public class Programme {

    public enum Kind {
        FIXED, ROTATION
    }

    /** An artist a rotation is limited to ({@code included}) or never plays. */
    @Embeddable
    public static class ArtistFilter {

        @Column(name = "artist_id", nullable = false)
        private long artist;

        @Column(nullable = false)
        private boolean included;

        protected ArtistFilter() {
        }

        ArtistFilter(long artist, boolean included) {
            this.artist = artist;
            this.included = included;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ArtistFilter filter && filter.artist == artist && filter.included == included;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(artist) * 31 + Boolean.hashCode(included);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_work", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "work_id")
    private List<Long> works = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_genre", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "genre", length = 60)
    private Set<String> genres = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_artist", joinColumns = @JoinColumn(name = "programme_id"))
    private Set<ArtistFilter> artists = new HashSet<>();

    @Column(name = "never_explicit", nullable = false)
    private boolean neverExplicit;

    @Column(name = "no_repeat_minutes", nullable = false)
    private int noRepeatMinutes;

    @Column(name = "artist_separation_tracks", nullable = false)
    private int artistSeparationTracks;

    @Column(name = "artist_separation_minutes", nullable = false)
    private int artistSeparationMinutes;

    protected Programme() {
    }

    Programme(Organisation organisation, ProgrammeDetails details) {
        this.organisation = organisation;
        describe(details);
    }

    /** Takes new details, already checked ({@link ProgrammeDetails#problems}). */
    void describe(ProgrammeDetails details) {
        name = details.name().strip();
        kind = Kind.valueOf(details.kind());
        works.clear();
        genres.clear();
        artists.clear();
        if (kind == Kind.FIXED) {
            works.addAll(details.works());
        } else {
            details.genres().forEach(genre -> genres.add(genre.strip()));
            details.includeArtists().forEach(artist -> artists.add(new ArtistFilter(artist, true)));
            details.excludeArtists().forEach(artist -> artists.add(new ArtistFilter(artist, false)));
        }
        neverExplicit = details.neverExplicit();
        noRepeatMinutes = details.noRepeatMinutes();
        artistSeparationTracks = details.artistSeparationTracks();
        artistSeparationMinutes = details.artistSeparationMinutes();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Organisation organisation() {
        return organisation;
    }

    public ProgrammeRules rules() {
        if (kind == Kind.FIXED) {
            return new ProgrammeRules.Fixed(works);
        }
        return new ProgrammeRules.Rotation(genres, artists(true), artists(false), neverExplicit,
                Duration.ofMinutes(noRepeatMinutes), artistSeparationTracks,
                Duration.ofMinutes(artistSeparationMinutes));
    }

    private Set<Long> artists(boolean included) {
        return artists.stream().filter(filter -> filter.included == included).map(filter -> filter.artist)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    ProgrammeView view() {
        return new ProgrammeView(id, name, kind.name(), List.copyOf(works), List.copyOf(new TreeSet<>(genres)),
                List.copyOf(artists(true)), List.copyOf(artists(false)), neverExplicit, noRepeatMinutes,
                artistSeparationTracks, artistSeparationMinutes);
    }
}
