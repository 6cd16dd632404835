package io.backbeat.catalog;

import io.backbeat.platform.Refusal;

public class UnsupportedPictureException extends Refusal {

    public UnsupportedPictureException() {
        super(Kind.INVALID, "unsupported-picture", "A picture must be a JPEG, PNG or WebP image of at most 5 MB.");
    }
}
