package io.backbeat.upload;

import io.backbeat.platform.Refusal;

public class EmptyUploadException extends Refusal {

    public EmptyUploadException() {
        super(Kind.INVALID, "empty-upload", "The file is empty: choose an MP3, WAV or FLAC master.");
    }
}
