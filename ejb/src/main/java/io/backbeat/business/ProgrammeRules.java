package io.backbeat.business;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What a programme plays: a fixed playlist, or a rotation drawn from the licensed works by rules. */
public sealed interface ProgrammeRules {

    /** These works in this order, again from the top when the list ends. */
    record Fixed(List<Long> works) implements ProgrammeRules {
        public Fixed {
            works = List.copyOf(works);
        }
    }

    /**
     * Works drawn at random (seeded, so reproducible) from those the filters let through: {@code genres} (any, if
     * empty), {@code includeArtists} (any, if empty), never {@code excludeArtists}, never explicit if
     * {@code neverExplicit}. A work starts again only {@code noRepeat} after it last started; between two works by
     * one artist come at least {@code artistSeparationTracks} other works and {@code artistSeparation} of time
     * (start to start). Zero turns a rule off.
     */
    record Rotation(Set<String> genres, Set<Long> includeArtists, Set<Long> excludeArtists, boolean neverExplicit,
                    Duration noRepeat, int artistSeparationTracks, Duration artistSeparation)
            implements ProgrammeRules {
        public Rotation {
            genres = Set.copyOf(genres);
            includeArtists = Set.copyOf(includeArtists);
            excludeArtists = Set.copyOf(excludeArtists);
        }

        boolean admits(Candidate work) {
            return (genres.isEmpty() || genres.stream().anyMatch(genre -> genre.equalsIgnoreCase(work.genre())))
                    && (includeArtists.isEmpty() || includeArtists.contains(work.artist()))
                    && !excludeArtists.contains(work.artist())
                    && !(neverExplicit && work.explicit());
        }
    }
}
