package io.backbeat.business;

import java.util.List;

/**
 * What a zone plays: {@code kind} FIXED plays {@code works} in order, again and again; ROTATION draws licensed works
 * by its filters and rules (minutes and tracks; 0 turns a rule off).
 */
public record ProgrammeView(long id, String name, String kind, List<Long> works, List<String> genres,
                            List<Long> includeArtists, List<Long> excludeArtists, boolean neverExplicit,
                            int noRepeatMinutes, int artistSeparationTracks, int artistSeparationMinutes) {
}
