package io.backbeat.ledger;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** The customer would spend more points than the account holds: nothing is spent. */
public class NotEnoughPointsException extends Refusal {

    private final long balance;
    private final long needed;

    public NotEnoughPointsException(long balance, long needed) {
        super(Kind.CONFLICT, "not-enough-points", "This needs " + needed + " points and the account holds " + balance
                + ".");
        this.balance = balance;
        this.needed = needed;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("balance", balance, "needed", needed);
    }
}
