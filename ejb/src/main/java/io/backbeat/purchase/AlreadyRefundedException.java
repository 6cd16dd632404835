package io.backbeat.purchase;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** The licence was refunded already: its points went back once and will not go back twice. */
public class AlreadyRefundedException extends Refusal {

    private final long licence;

    public AlreadyRefundedException(long licence) {
        super(Kind.CONFLICT, "already-refunded", "Licence " + licence + " was refunded already.");
        this.licence = licence;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("licence", licence);
    }
}
