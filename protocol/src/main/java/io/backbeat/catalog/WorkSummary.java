package io.backbeat.catalog;

import java.io.Serializable;

/**
 * A work as lists and search results show it.
 *
 * @param durationSeconds length of the master, whole seconds
 * @param mediaType       AUDIO, VIDEO or TEXT
 * @param pricePoints     what a licence costs, in points
 */
public record WorkSummary(long id, String title, long artistId, String artist, Long albumId, String album,
                          String genre, Integer year, int durationSeconds, String mediaType, int pricePoints,
                          boolean explicit, boolean licensedForBusiness) implements Serializable {
}
