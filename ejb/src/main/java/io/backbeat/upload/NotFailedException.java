package io.backbeat.upload;

import io.backbeat.platform.Refusal;

public class NotFailedException extends Refusal {

    public NotFailedException(long workId, String state) {
        super(Kind.CONFLICT, "not-failed", "Upload " + workId + " is " + state.toLowerCase(java.util.Locale.ROOT)
                + ", not failed: only failed uploads are retried.");
    }
}
