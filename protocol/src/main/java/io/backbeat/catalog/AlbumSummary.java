package io.backbeat.catalog;

public record AlbumSummary(long id, String title, long artistId, String artist, Integer year, long workCount) {
}
