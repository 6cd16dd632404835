package io.backbeat.payment.sandbox;

import java.util.Map;

/** What a card number does in the sandbox: Stripe's published test cards, and any other valid number approves. */
enum TestCard {
    APPROVES(null, 200),
    DECLINES("card_declined", 402),
    INSUFFICIENT_FUNDS("insufficient_funds", 402),
    EXPIRED("expired_card", 402),
    PROCESSING_ERROR("processing_error", 500),
    /** Approves, then a dispute arrives at the store's webhook a little later. */
    DISPUTED_LATER(null, 200);

    private static final Map<String, TestCard> SPECIAL = Map.of(
            "4000000000000002", DECLINES,
            "4000000000009995", INSUFFICIENT_FUNDS,
            "4000000000000069", EXPIRED,
            "4000000000000119", PROCESSING_ERROR,
            "4000000000000259", DISPUTED_LATER);

    final String failureCode;
    final int status;

    TestCard(String failureCode, int status) {
        this.failureCode = failureCode;
        this.status = status;
    }

    static TestCard of(String number) {
        return SPECIAL.getOrDefault(number, APPROVES);
    }

    /** The mod-10 check every card number passes; the sandbox refuses a mistyped number as a real processor would. */
    static boolean luhn(String number) {
        if (!number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The card network, from the number's leading digits (IIN ranges), as processors report it. */
    static String brand(String number) {
        if (number.startsWith("4")) {
            return "visa";
        }
        int two = Integer.parseInt(number.substring(0, 2));
        int four = Integer.parseInt(number.substring(0, 4));
        if (two >= 51 && two <= 55 || four >= 2221 && four <= 2720) {
            return "mastercard";
        }
        if (two == 34 || two == 37) {
            return "amex";
        }
        if (number.startsWith("6011") || number.startsWith("65")) {
            return "discover";
        }
        return "unknown";
    }
}
