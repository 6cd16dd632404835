package io.backbeat.upload;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** The artist already uploaded these very bytes: a retried request or a double click makes no second work. */
public class DuplicateUploadException extends Refusal {

    private final long workId;

    public DuplicateUploadException(long workId, String title, String state) {
        super(Kind.CONFLICT, "duplicate-upload", "This file was already uploaded as \"" + title + "\" (work " + workId
                + ", " + state.toLowerCase(java.util.Locale.ROOT) + ").");
        this.workId = workId;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("workId", workId);
    }
}
