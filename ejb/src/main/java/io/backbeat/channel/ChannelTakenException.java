package io.backbeat.channel;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** A channel with this slug exists already. */
public class ChannelTakenException extends Refusal {

    private final String slug;

    public ChannelTakenException(String slug) {
        super(Kind.CONFLICT, "channel-slug-taken", "There is a channel " + slug + " already; choose another slug.");
        this.slug = slug;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("slug", slug);
    }
}
