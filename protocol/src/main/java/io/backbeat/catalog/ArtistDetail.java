package io.backbeat.catalog;

import java.io.Serializable;
import java.util.List;

/** An artist's page: who they are and what they have on sale, newest album first. */
public record ArtistDetail(ArtistSummary artist, String bio, boolean hasPicture, List<AlbumSummary> albums,
                           List<WorkSummary> singles) implements Serializable {

    public ArtistDetail {
        albums = List.copyOf(albums);
        singles = List.copyOf(singles);
    }
}
