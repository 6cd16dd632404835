package io.backbeat.catalog;

import java.io.Serializable;

/**
 * An artist or band as listings show it.
 *
 * @param band      true for a band, false for a solo artist
 * @param workCount how many works are on sale
 */
public record ArtistSummary(long id, String name, boolean band, String genre, long workCount) implements Serializable {
}
