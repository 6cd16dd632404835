package io.backbeat.content;

import io.backbeat.platform.Refusal;
import java.util.Map;

public class TooLargeException extends Refusal {

    private final long maxBytes;

    public TooLargeException(long maxBytes) {
        super(Kind.TOO_LARGE, "too-large", "The file is larger than the " + (maxBytes / (1024 * 1024))
                + " MB allowed.");
        this.maxBytes = maxBytes;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("maxBytes", maxBytes);
    }
}
