package io.backbeat.catalog;

import java.io.Serializable;

public record AlbumSummary(long id, String title, long artistId, String artist, Integer year, long workCount)
        implements Serializable {
}
