package io.backbeat.catalog;

import java.io.Serializable;
import java.util.List;

/** An album's page: its works in track order. */
public record AlbumDetail(AlbumSummary album, List<WorkSummary> works) implements Serializable {

    public AlbumDetail {
        works = List.copyOf(works);
    }
}
