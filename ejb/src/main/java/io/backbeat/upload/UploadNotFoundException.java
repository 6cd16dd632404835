package io.backbeat.upload;

import io.backbeat.platform.Refusal;

public class UploadNotFoundException extends Refusal {

    public UploadNotFoundException(long workId) {
        super(Kind.NOT_FOUND, "no-such-upload", "You have no upload " + workId + ".");
    }
}
