package io.backbeat.upload;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** The request says it carries something other than audio (a browser's guess is checked again by the checker). */
public class UnsupportedMasterTypeException extends Refusal {

    public UnsupportedMasterTypeException(String type) {
        super(Kind.UNSUPPORTED, "unsupported-master-type", "A master is sent as MP3, WAV or FLAC audio, not as '"
                + type + "'.");
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("accepted", Uploads.MASTER_TYPES);
    }
}
