package io.backbeat.player.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/**
 * The song information sent with an upload, as the musician typed it: the store reads the numbers and checks every
 * rule, so that its words (per field) are the only ones, on the site and in the player alike.
 */
public record SongDetails(String title, String album, String trackNumber, String genre, String year,
                          String pricePoints, boolean explicit, boolean licensedForBusiness) {

    /** The query string {@code POST /api/uploads} reads, with blank inputs left out. */
    String query() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("title", title);
        parameters.put("album", album);
        parameters.put("track", trackNumber);
        parameters.put("genre", genre);
        parameters.put("year", year);
        parameters.put("price", pricePoints);
        parameters.put("explicit", Boolean.toString(explicit));
        parameters.put("business", Boolean.toString(licensedForBusiness));
        return parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null
                        && !parameter.getValue().isBlank())
                .map(parameter -> parameter.getKey() + "=" + encoded(parameter.getValue().strip()))
                .collect(Collectors.joining("&"));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
