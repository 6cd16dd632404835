package io.backbeat.payment;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** The card was declined: nothing was charged and nothing changed, so the request can be sent again with another card. */
public class PaymentDeclinedException extends Refusal {

    /** Why, as the provider's failure code says it. */
    public enum Reason {
        CARD_DECLINED("card-declined", "The card was declined. Try another card, or ask the bank why."),
        INSUFFICIENT_FUNDS("insufficient-funds", "The card was declined for insufficient funds. Try another card."),
        EXPIRED_CARD("expired-card", "The card has expired. Check its expiry date or use another card."),
        INCORRECT_CARD("incorrect-card", "The card's details are not right. Check the number, the expiry date and "
                + "the security code.");

        private final String code;
        private final String message;

        Reason(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }

    private final String last4;

    public PaymentDeclinedException(Reason reason, String last4) {
        super(Kind.PAYMENT_DECLINED, reason.code, reason.message);
        this.last4 = last4;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("last4", last4);
    }
}
