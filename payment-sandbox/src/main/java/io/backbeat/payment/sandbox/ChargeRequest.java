package io.backbeat.payment.sandbox;

/** A charge as a merchant asks for it: an amount in the currency's smallest unit, a card, a description. */
public record ChargeRequest(Long amount, String currency, CardDetails card, String description) {

    /** The card as sent; its number is never written anywhere, not even in a toString. */
    public record CardDetails(String number, Integer expMonth, Integer expYear, String cvc) {

        @Override
        public String toString() {
            String last4 = number == null || number.length() < 4 ? "?" : number.substring(number.length() - 4);
            return "card ending " + last4;
        }
    }
}
