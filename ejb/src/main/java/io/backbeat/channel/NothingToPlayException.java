package io.backbeat.channel;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** A channel of a genre with no work on sale that is licensed for businesses would play only silence. */
public class NothingToPlayException extends Refusal {

    private final String genre;

    public NothingToPlayException(String genre) {
        super(Kind.INVALID, "no-licensed-works", "No work of the genre " + genre + " is on sale and licensed for "
                + "businesses, so the channel would have nothing to play.");
        this.genre = genre;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("genre", genre);
    }
}
