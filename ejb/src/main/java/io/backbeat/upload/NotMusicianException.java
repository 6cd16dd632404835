package io.backbeat.upload;

import io.backbeat.platform.Refusal;

public class NotMusicianException extends Refusal {

    public NotMusicianException() {
        super(Kind.FORBIDDEN, "not-a-musician", "Only musicians upload: open a musician account first.");
    }
}
