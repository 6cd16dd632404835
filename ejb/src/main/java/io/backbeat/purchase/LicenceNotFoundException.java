package io.backbeat.purchase;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** No licence has this id. */
public class LicenceNotFoundException extends Refusal {

    private final long licence;

    public LicenceNotFoundException(long licence) {
        super(Kind.NOT_FOUND, "licence-not-found", "There is no licence " + licence + ".");
        this.licence = licence;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("licence", licence);
    }
}
