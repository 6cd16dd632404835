package io.backbeat.business;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A programme as its manager describes it: {@code kind} FIXED with {@code works} in order, or ROTATION with
 * filters and rules (minutes and tracks; 0 turns a rule off). Whether the works and artists exist, and whether each
 * work may be played in a business, the store checks against the catalogue.
 */
public record ProgrammeDetails(String name, String kind, List<Long> works, List<String> genres,
                               List<Long> includeArtists, List<Long> excludeArtists, boolean neverExplicit,
                               int noRepeatMinutes, int artistSeparationTracks, int artistSeparationMinutes) {

    static final int MAX_WORKS = 1000;
    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_TRACKS = 100;

    public ProgrammeDetails {
        works = works == null ? List.of() : works;
        genres = genres == null ? List.of() : genres;
        includeArtists = includeArtists == null ? List.of() : includeArtists;
        excludeArtists = excludeArtists == null ? List.of() : excludeArtists;
    }

    /** What is wrong with it by itself, by field; empty when nothing is. */
    Map<String, String> problems() {
        var problems = new TreeMap<String, String>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.put("name", "Give the programme a name of 1 to 120 characters, such as \"Daytime\".");
        }
        if (!"FIXED".equals(kind) && !"ROTATION".equals(kind)) {
            problems.put("kind", "A programme is FIXED (a playlist played in order) or ROTATION (works drawn by "
                    + "rules).");
            return problems;
        }
        if (Stream.of(works, genres, includeArtists, excludeArtists).flatMap(List::stream)
                .anyMatch(Objects::isNull)) {
            problems.put("works", "Lists hold ids (and genres), never null.");
            return problems;
        }
        if ("FIXED".equals(kind)) {
            if (works.isEmpty() || works.size() > MAX_WORKS) {
                problems.put("works", "A fixed programme plays 1 to " + MAX_WORKS + " works: list their ids.");
            }
            if (!genres.isEmpty() || !includeArtists.isEmpty() || !excludeArtists.isEmpty() || neverExplicit
                    || noRepeatMinutes != 0 || artistSeparationTracks != 0 || artistSeparationMinutes != 0) {
                problems.put("kind", "Genres, artists and rotation rules apply to a ROTATION; a FIXED programme "
                        + "plays its works as listed.");
            }
        } else {
            if (!works.isEmpty()) {
                problems.put("works", "A rotation picks its own works by its rules; a playlist is a FIXED "
                        + "programme.");
            }
            for (int i = 0; i < genres.size(); i++) {
                if (genres.get(i).isBlank() || genres.get(i).strip().length() > 60) {
                    problems.put("genres[" + i + "]", "A genre is 1 to 60 characters, such as Jazz.");
                }
            }
            var both = new HashSet<>(includeArtists);
            both.retainAll(excludeArtists);
            if (!both.isEmpty()) {
                problems.put("excludeArtists", "Artists " + both + " are both included and excluded.");
            }
        }
        range(problems, "noRepeatMinutes", noRepeatMinutes, MAX_MINUTES, "minutes");
        range(problems, "artistSeparationMinutes", artistSeparationMinutes, MAX_MINUTES, "minutes");
        range(problems, "artistSeparationTracks", artistSeparationTracks, MAX_TRACKS, "tracks");
        return problems;
    }

    private static void range(Map<String, String> problems, String field, int value, int max, String unit) {
        if (value < 0 || value > max) {
            problems.put(field, "Between 0 (no such rule) and " + max + " " + unit + ", not " + value + ".");
        }
    }
}
