package io.backbeat.channel;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** Asked for a channel that does not exist. */
public class NoSuchChannelException extends Refusal {

    private final String slug;

    public NoSuchChannelException(String slug) {
        super(Kind.NOT_FOUND, "channel-not-found", "There is no channel " + slug + ".");
        this.slug = slug;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("slug", slug);
    }
}
