package io.backbeat.payment;

import io.backbeat.platform.InvalidInputException;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * A card as the customer typed it, checked before any provider sees it. It lives for one request only: the number
 * is handed to the payment provider and never stored or logged, so {@link #toString()} shows the last four digits.
 */
public final class Card {

    /** The card's fields as they arrive in a request (JSON or form); its {@code toString} masks the number too. */
    public record Details(String number, Integer expMonth, Integer expYear, String cvc) {

        @Override
        public String toString() {
            return "Card.Details[" + mask(number == null ? "" : number.replaceAll("[ -]", "")) + "]";
        }
    }

    private final String number;
    private final YearMonth expiry;
    private final String cvc;

    private Card(String number, YearMonth expiry, String cvc) {
        this.number = number;
        this.expiry = expiry;
        this.cvc = cvc;
    }

    /** The card, or every bad field at once, each with its own message, under {@code card.<field>}. */
    public static Card of(Details details, YearMonth thisMonth) {
        var problems = new TreeMap<String, String>();
        Card card = check(details, thisMonth, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return card;
    }

    /** The card, or {@code null} with what is wrong added to {@code problems}, for checks that report all at once. */
    static Card check(Details details, YearMonth thisMonth, Map<String, String> problems) {
        if (details == null) {
            problems.put("card", "Enter the card's number, expiry month and year, and security code (CVC).");
            return null;
        }
        String number = details.number() == null ? "" : details.number().replaceAll("[ -]", "");
        if (number.isEmpty()) {
            problems.put("card.number", "Enter the card number.");
        } else if (!number.matches("\\d{12,19}")) {
            problems.put("card.number", "A card number is 12 to 19 digits.");
        } else if (!luhn(number)) {
            problems.put("card.number", "This card number is mistyped: check its digits.");
        }
        Integer month = details.expMonth();
        Integer year = details.expYear();
        if (month == null) {
            problems.put("card.expMonth", "Enter the month the card expires (1 to 12).");
        } else if (month < 1 || month > 12) {
            problems.put("card.expMonth", "The expiry month is 1 to 12.");
        }
        if (year == null) {
            problems.put("card.expYear", "Enter the year the card expires, for example " + thisMonth.getYear() + ".");
        } else if (year < 2000 || year > thisMonth.getYear() + 50) {
            problems.put("card.expYear", "Enter the expiry year with four digits, for example "
                    + thisMonth.getYear() + ".");
        }
        YearMonth expiry = null;
        if (!problems.containsKey("card.expMonth") && !problems.containsKey("card.expYear")) {
            expiry = YearMonth.of(year, month);
            if (expiry.isBefore(thisMonth)) {
                problems.put("card.expYear", String.format("This card expired at the end of %02d/%d.", month, year));
            }
        }
        String cvc = details.cvc() == null ? "" : details.cvc().strip();
        if (cvc.isEmpty()) {
            problems.put("card.cvc", "Enter the card's security code (CVC), the 3 or 4 digits on the card.");
        } else if (!cvc.matches("\\d{3,4}")) {
            problems.put("card.cvc", "The security code (CVC) is 3 or 4 digits.");
        }
        return problems.keySet().stream().anyMatch(field -> field.startsWith("card")) ? null
                : new Card(number, expiry, cvc);
    }

    /** The mod-10 check digit every card number carries: it catches a mistyped digit before any provider call. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static String mask(String number) {
        return number.length() < 4 ? "****" : "**** " + number.substring(number.length() - 4);
    }

    /** For the payment provider only. */
    String number() {
        return number;
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }

    public YearMonth expiry() {
        return expiry;
    }

    /** For the payment provider only. */
    String cvc() {
        return cvc;
    }

    @Override
    public String toString() {
        return "Card[" + mask(number) + ", " + expiry + "]";
    }
}
