package io.backbeat.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment gateway over HTTP to the sandbox provider (the payment-sandbox module), exactly as to a third party:
 * JSON over HTTP, an Idempotency-Key per charge, Stripe's failure codes. Nothing of the card is logged.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(SandboxGateway.class.getName());

    /** By default the sandbox deployed beside the store, on its own loopback listener (8089; a port offset moves it). */
    @Inject
    @ConfigProperty(name = "backbeat.payment.sandbox-url")
    Optional<String> sandboxUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public ApprovedCharge charge(ChargeRequest request, String idempotencyKey) {
        Card card = request.card();
        String body = Json.createObjectBuilder()
                .add("amount", request.amountCents())
                .add("currency", request.currency())
                .add("card", Json.createObjectBuilder()
                        .add("number", card.number())
                        .add("expMonth", card.expiry().getMonthValue())
                        .add("expYear", card.expiry().getYear())
                        .add("cvc", card.cvc()))
                .add("description", request.description())
                .build().toString();
        HttpRequest post = HttpRequest.newBuilder(URI.create(sandboxUrl.orElseGet(SandboxGateway::besideTheStore)
                        + "/v1/charges"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warning(() -> "The payment provider cannot be reached: " + e);
            throw PaymentFailedException.unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PaymentFailedException.unavailable();
        }
        return answer(response.statusCode(), response.body(), card);
    }

    /** An approval, or the refusal the provider's failure code stands for. */
    static ApprovedCharge answer(int status, String body, Card card) {
        JsonObject answer;
        try {
            answer = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            LOG.warning(() -> "The payment provider answered HTTP " + status + " with a body that is not JSON");
            throw PaymentFailedException.processingError();
        }
        if (status == 200 && "succeeded".equals(answer.getString("status", null))) {
            return new ApprovedCharge(answer.getString("id"), answer.getString("brand"), answer.getString("last4"));
        }
        String code = failureCode(answer);
        switch (code) {
            case "card_declined" -> throw new PaymentDeclinedException(PaymentDeclinedException.Reason.CARD_DECLINED,
                    card.last4());
            case "insufficient_funds" -> throw new PaymentDeclinedException(
                    PaymentDeclinedException.Reason.INSUFFICIENT_FUNDS, card.last4());
            case "expired_card" -> throw new PaymentDeclinedException(PaymentDeclinedException.Reason.EXPIRED_CARD,
                    card.last4());
            case "incorrect_number", "invalid_expiry_month", "invalid_expiry_year", "invalid_cvc", "incorrect_cvc" ->
                    throw new PaymentDeclinedException(PaymentDeclinedException.Reason.INCORRECT_CARD, card.last4());
            case "processing_error" -> throw PaymentFailedException.processingError();
            default -> {
                // An answer the store does not expect (a bad request, a key conflict) is its own bug: log the code.
                LOG.warning(() -> "The payment provider refused a charge: HTTP " + status + ", code " + code);
                throw PaymentFailedException.processingError();
            }
        }
    }

    /** A failed charge's failureCode, or an error's code ({"error": {"code": …}}). */
    private static String failureCode(JsonObject answer) {
        JsonValue failure = answer.get("failureCode");
        if (failure != null && failure.getValueType() == JsonValue.ValueType.STRING) {
            return answer.getString("failureCode");
        }
        JsonValue error = answer.get("error");
        if (error != null && error.getValueType() == JsonValue.ValueType.OBJECT) {
            return error.asJsonObject().getString("code", "unknown");
        }
        return "unknown";
    }

    private static String besideTheStore() {
        int port = Integer.getInteger("backbeat.payment.sandbox.port", 8089)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port + "/payment-sandbox";
    }
}
