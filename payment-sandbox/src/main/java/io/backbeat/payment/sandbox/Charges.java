package io.backbeat.payment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's charges, in memory. Idempotency works as Stripe's does: the first answer to a key is kept, whatever
 * it was (an approval, a decline, a processing error), and the same request with the same key gets it again; the same
 * key with another request is refused. A request refused as malformed keeps nothing, so it can be corrected and sent
 * again with its key. One lock over it all: a sandbox needs correctness, not throughput.
 */
@ApplicationScoped
public class Charges {

    /** What to answer: an HTTP status and a body, and whether it is the replay of an earlier answer. */
    record Answer(int status, Object body, boolean replayed) {
    }

    private record FirstAnswer(ChargeRequest request, int status, Object body) {
    }

    @Inject
    Events events;

    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private final Map<String, FirstAnswer> keys = new HashMap<>();
    private final Clock clock = Clock.systemUTC();

    synchronized Answer charge(ChargeRequest request, String key) {
        if (key != null) {
            FirstAnswer first = keys.get(key);
            if (first != null) {
                if (!first.request().equals(request)) {
                    return new Answer(400, ApiError.of("idempotency_error", "idempotency_key_in_use", "Keys for "
                            + "idempotent requests can only be used with the same parameters they were first used "
                            + "with."), false);
                }
                return new Answer(first.status(), first.body(), true);
            }
        }
        Optional<ApiError> malformed = malformed(request);
        if (malformed.isPresent()) {
            return new Answer(400, malformed.get(), false);
        }
        Answer answer = attempt(request);
        if (key != null) {
            keys.put(key, new FirstAnswer(request, answer.status(), answer.body()));
        }
        return answer;
    }

    synchronized List<Charge> all() {
        return new ArrayList<>(charges.values());
    }

    synchronized Optional<Charge> find(String id) {
        return Optional.ofNullable(charges.get(id));
    }

    private Answer attempt(ChargeRequest request) {
        ChargeRequest.CardDetails card = request.card();
        Optional<String> cardError = cardError(card);
        if (cardError.isPresent()) {
            return new Answer(402, ApiError.of("card_error", cardError.get(), "The card's details are not valid."),
                    false);
        }
        TestCard behaviour = TestCard.of(card.number());
        Charge charge = new Charge(Ids.next("ch_"), "charge", behaviour.failureCode == null ? "succeeded" : "failed",
                request.amount(), request.currency().toLowerCase(), TestCard.brand(card.number()),
                card.number().substring(card.number().length() - 4), behaviour.failureCode, request.description(),
                clock.instant().getEpochSecond());
        charges.put(charge.id(), charge);
        if (behaviour == TestCard.DISPUTED_LATER) {
            events.disputeLater(charge);
        }
        return new Answer(behaviour.status, charge, false);
    }

    private static Optional<ApiError> malformed(ChargeRequest request) {
        if (request == null || request.card() == null) {
            return Optional.of(ApiError.of("invalid_request_error", "parameter_missing", "Send an amount, a currency "
                    + "and a card."));
        }
        if (request.amount() == null || request.amount() < 50) {
            return Optional.of(ApiError.of("invalid_request_error", "amount_too_small", "The amount must be at least "
                    + "50 (cents)."));
        }
        if (request.currency() == null || !request.currency().matches("[A-Za-z]{3}")) {
            return Optional.of(ApiError.of("invalid_request_error", "parameter_missing", "Name the currency with its "
                    + "three-letter ISO code."));
        }
        return Optional.empty();
    }

    /** Stripe's card_error codes for details no card could have. */
    private Optional<String> cardError(ChargeRequest.CardDetails card) {
        if (card.number() == null || !TestCard.luhn(card.number())) {
            return Optional.of("incorrect_number");
        }
        if (card.expMonth() == null || card.expMonth() < 1 || card.expMonth() > 12) {
            return Optional.of("invalid_expiry_month");
        }
        if (card.expYear() == null || card.expYear() > 9999
                || YearMonth.of(card.expYear(), card.expMonth()).isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
            return Optional.of("invalid_expiry_year");
        }
        if (card.cvc() == null || !card.cvc().matches("\\d{3,4}")) {
            return Optional.of("invalid_cvc");
        }
        return Optional.empty();
    }
}
