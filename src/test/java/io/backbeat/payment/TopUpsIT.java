package io.backbeat.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.backbeat.SystemTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Buying points with a card through the sandbox provider: each test card's outcome, every bad input refused with
 * nothing changed, retries that never charge twice, and a dispute arriving later at the signed webhook. Each test
 * signs up its own customer, so balances start at zero whatever else the suite spends.
 */
class TopUpsIT extends SystemTest {

    /** The demo secret the store and the sandbox share when none is configured. */
    private static final String WEBHOOK_SECRET = "whsec_backbeat_demo_only";
    private static final String PASSWORD = NEW_CUSTOMER_PASSWORD;
    private static final String APPROVES = "4242 4242 4242 4242";

    @Test
    void anyoneSeesTheBundlesOnSale() {
        api().get("/points/bundles").then().statusCode(200)
                .body("points", equalTo(List.of(500, 1200, 3000)))
                .body("priceCents", equalTo(List.of(499, 999, 1999)))
                .body("currency", equalTo(List.of("EUR", "EUR", "EUR")));
    }

    @Test
    void anApprovedCardBuysThePointsThroughTheLedger() {
        String customer = newCustomer();

        JsonPath receipt = topUp(as(customer), 500, card(APPROVES), key()).then().statusCode(201).extract().jsonPath();

        assertThat(receipt.getInt("points")).isEqualTo(500);
        assertThat(receipt.getInt("amountCents")).isEqualTo(499);
        assertThat(receipt.getString("brand")).isEqualTo("visa");
        assertThat(receipt.getString("last4")).isEqualTo("4242");
        assertThat(receipt.getString("charge")).startsWith("ch_");
        assertThat(receipt.getString("state")).isEqualTo("PAID");
        assertThat(receipt.getLong("balance")).isEqualTo(500);
        assertThat(receipt.getMap("$")).doesNotContainKeys("number", "card", "cvc");
        assertThat(balance(as(customer))).isEqualTo(500);
        JsonPath statement = as(customer).get("/me/points").then().extract().jsonPath();
        assertThat(statement.getString("movements[0].kind")).isEqualTo("TOP_UP");
        assertThat(postings(statement.getLong("movements[0].entry")))
                .isEqualTo(Map.of("PAYMENT_CLEARING", -500, "CUSTOMER", 500));
        sandbox().get("/charges/" + receipt.getString("charge")).then().statusCode(200)
                .body("status", equalTo("succeeded")).body("amount", equalTo(499)).body("currency", equalTo("eur"));
        as(customer).get("/me/top-ups").then().statusCode(200).body("id", equalTo(List.of(receipt.getInt("id"))));
        assertTheLedgerBalances();
    }

    @Test
    void anyOtherValidNumberIsApprovedWithItsBrand() {
        String customer = newCustomer();
        topUp(as(customer), 1200, card("5555 5555 5555 4444"), key()).then().statusCode(201)
                .body("brand", equalTo("mastercard")).body("last4", equalTo("4444")).body("balance", equalTo(1200));
    }

    @ParameterizedTest
    @CsvSource({
        "4000 0000 0000 0002, 402, card-declined",
        "4000 0000 0000 9995, 402, insufficient-funds",
        "4000 0000 0000 0069, 402, expired-card",
        "4000 0000 0000 0119, 502, processing-error"})
    void aRefusedPaymentChangesNothingAndTheKeyCanBeUsedWithAnotherCard(String number, int status, String code) {
        String customer = newCustomer();
        String key = key();
        long entries = audit().getLong("entries");

        topUp(as(customer), 500, card(number), key).then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/" + code))
                .body("detail", containsString("card"));

        assertThat(balance(as(customer))).isZero();
        as(customer).get("/me/top-ups").then().body("size()", equalTo(0));
        assertThat(audit().getLong("entries")).isEqualTo(entries);
        topUp(as(customer), 500, card(APPROVES), key).then().statusCode(201).body("balance", equalTo(500));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        String customer = newCustomer();
        int charges = sandboxCharges();

        refused(topUp(as(customer), 500, card("4242 4242 4242 4241"), key()), "card.number", "mistyped");
        refused(topUp(as(customer), 500, card("4242"), key()), "card.number", "12 to 19 digits");
        var expired = card(APPROVES);
        expired.put("expMonth", 1);
        expired.put("expYear", 2020);
        refused(topUp(as(customer), 500, expired, key()), "card.expYear", "expired");
        var badMonth = card(APPROVES);
        badMonth.put("expMonth", 13);
        refused(topUp(as(customer), 500, badMonth, key()), "card.expMonth", "1 to 12");
        var noCvc = card(APPROVES);
        noCvc.remove("cvc");
        refused(topUp(as(customer), 500, noCvc, key()), "card.cvc", "security code");
        var shortCvc = card(APPROVES);
        shortCvc.put("cvc", "12");
        refused(topUp(as(customer), 500, shortCvc, key()), "card.cvc", "3 or 4 digits");
        refused(topUp(as(customer), 777, card(APPROVES), key()), "bundle", "no bundle of 777 points");
        refused(topUp(as(customer), -500, card(APPROVES), key()), "bundle", "no bundle of -500 points");
        refused(topUp(as(customer), 10_000_000_000L, card(APPROVES), key()), "bundle", "no bundle");
        refused(topUp(as(customer), null, card(APPROVES), key()), "bundle", "Choose a bundle");
        refused(topUp(as(customer), 500, null, key()), "card", "Enter the card");
        refused(topUp(as(customer), 500, card(APPROVES), null), "Idempotency-Key", "Idempotency-Key");
        as(customer).contentType("application/json").header("Idempotency-Key", key()).body("{\"bundle\": \"lots\"}")
                .post("/points/top-ups").then().statusCode(400);

        var everything = card("1234 5678");
        everything.remove("cvc");
        topUp(as(customer), 1, everything, key()).then().statusCode(400)
                .body("fields", hasKey("bundle")).body("fields", hasKey("card.number"))
                .body("fields", hasKey("card.cvc"));

        assertThat(balance(as(customer))).isZero();
        assertThat(sandboxCharges()).as("no charge reached the provider").isEqualTo(charges);
    }

    @Test
    void theSameKeyReplaysTheFirstAnswerChargesOnceAndRefusesAnotherRequest() {
        String customer = newCustomer();
        String key = key();
        int charges = sandboxCharges();

        String first = topUp(as(customer), 500, card(APPROVES), key).then().statusCode(201).extract().asString();
        topUp(as(customer), 500, card(APPROVES), key).then().statusCode(201).body(equalTo(first));

        assertThat(balance(as(customer))).as("points granted once").isEqualTo(500);
        assertThat(sandboxCharges()).as("charged once").isEqualTo(charges + 1);
        topUp(as(customer), 1200, card(APPROVES), key).then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertThat(balance(as(customer))).isEqualTo(500);
        assertThat(sandboxCharges()).isEqualTo(charges + 1);
    }

    @Test
    void theSandboxReplaysAKeysFirstAnswerAndRefusesAnotherRequestWithItAsStripeDoes() {
        String key = key();
        // The provider's wire format: the card number as bare digits.
        Map<String, Object> charge = Map.of("amount", 499, "currency", "eur", "card", card("4000000000000002"),
                "description", "a direct sandbox call");
        String first = sandbox().contentType("application/json").header("Idempotency-Key", key).body(charge)
                .post("/charges").then().statusCode(402).body("failureCode", equalTo("card_declined"))
                .extract().asString();

        sandbox().contentType("application/json").header("Idempotency-Key", key).body(charge).post("/charges")
                .then().statusCode(402).header("Idempotent-Replayed", "true").body(equalTo(first));
        sandbox().contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("amount", 999, "currency", "eur", "card", card(APPROVES))).post("/charges")
                .then().statusCode(400).body("error.type", equalTo("idempotency_error"));
    }

    @Test
    void onlyASignedInCustomerBuysPoints() {
        topUp(api(), 500, card(APPROVES), key()).then().statusCode(401);
        topUp(asAdmin(), 500, card(APPROVES), key()).then().statusCode(403);
        api().get("/me/top-ups").then().statusCode(401);
    }

    @Test
    void aDisputeTakesBackThePointsLeftAndBooksTheSpentOnesAsALossOnce() {
        String customer = newCustomer();
        playerOf(customer, PASSWORD); // before the top-up: the dispute follows it within 2 s
        JsonPath receipt = topUp(as(customer), 500, card("4000 0000 0000 0259"), key()).then().statusCode(201)
                .extract().jsonPath();
        assertThat(receipt.getLong("balance")).isEqualTo(500);
        // Spend some before the dispute arrives (2 s later): those points stay spent, and the store bears them.
        as(customer).contentType("application/json").header("Idempotency-Key", key())
                .body(Map.of("work", workId("Room Tone"))).post("/purchases").then().statusCode(201);
        long spent = 500 - balance(as(customer));

        await("the dispute").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as(customer).get("/me/top-ups").then().extract().jsonPath().getString("[0].state"),
                        equalTo("DISPUTED"));

        assertThat(balance(as(customer))).isZero();
        JsonPath statement = as(customer).get("/me/points").then().extract().jsonPath();
        assertThat(statement.getString("movements[0].kind")).isEqualTo("DISPUTE");
        long disputeEntry = statement.getLong("movements[0].entry");
        assertThat(postings(disputeEntry)).isEqualTo(Map.of("PAYMENT_CLEARING", 500,
                "CUSTOMER", (int) -(500 - spent), "DISPUTE_LOSSES", (int) -spent));
        assertTheLedgerBalances();

        JsonPath event = sandbox().get("/events?charge=" + receipt.getString("charge")).then().statusCode(200)
                .body("count", equalTo(1)).extract().jsonPath();
        String body = event(event.getString("data[0].id"), receipt.getString("charge"));
        long entries = audit().getLong("entries");
        webhook(body, sign(WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200)
                .body("duplicate", equalTo(true));
        assertThat(balance(as(customer))).isZero();
        assertThat(audit().getLong("entries")).as("a repeated event posts nothing").isEqualTo(entries);
    }

    @Test
    void anEventWithoutTheRightSignatureChangesNothing() {
        String customer = newCustomer();
        String charge = topUp(as(customer), 500, card(APPROVES), key()).then().statusCode(201).extract().jsonPath()
                .getString("charge");
        String body = event("evt_forged_" + UUID.randomUUID().toString().replace("-", ""), charge);
        long now = Instant.now().getEpochSecond();

        webhook(body, sign("not-the-secret", now, body)).then().statusCode(400).body("type", endsWith("/bad-signature"));
        webhook(body, null).then().statusCode(400).body("type", endsWith("/missing-signature"));
        webhook(body, "v1=abc").then().statusCode(400).body("type", endsWith("/bad-signature"));
        webhook(body, sign(WEBHOOK_SECRET, now - 600, body)).then().statusCode(400)
                .body("type", endsWith("/stale-signature"));
        webhook(body.replace("}", ",\"x\":1}"), sign(WEBHOOK_SECRET, now, body)).then().statusCode(400)
                .body("type", endsWith("/bad-signature"));

        assertThat(balance(as(customer))).isEqualTo(500);
        as(customer).get("/me/top-ups").then().body("[0].state", equalTo("PAID"));
    }

    @Test
    void aLateFailureTakesThePointsBackOnceAndALaterDisputeOfTheSameChargeChangesNothing() {
        String customer = newCustomer();
        String charge = topUp(as(customer), 500, card(APPROVES), key()).then().statusCode(201).extract().jsonPath()
                .getString("charge");
        String failed = event("evt_failed_" + UUID.randomUUID().toString().replace("-", ""), "charge.failed", charge);

        webhook(failed, sign(WEBHOOK_SECRET, Instant.now().getEpochSecond(), failed)).then().statusCode(200)
                .body("outcome", startsWith("failed late"));

        assertThat(balance(as(customer))).isZero();
        as(customer).get("/me/top-ups").then().body("[0].state", equalTo("FAILED"));
        JsonPath statement = as(customer).get("/me/points").then().extract().jsonPath();
        assertThat(statement.getString("movements[0].kind")).isEqualTo("PAYMENT_FAILED");
        assertThat(postings(statement.getLong("movements[0].entry")))
                .isEqualTo(Map.of("PAYMENT_CLEARING", 500, "CUSTOMER", -500));
        long entries = audit().getLong("entries");
        webhook(failed, sign(WEBHOOK_SECRET, Instant.now().getEpochSecond(), failed)).then().statusCode(200)
                .body("duplicate", equalTo(true));
        String dispute = event("evt_after_" + UUID.randomUUID().toString().replace("-", ""), charge);
        webhook(dispute, sign(WEBHOOK_SECRET, Instant.now().getEpochSecond(), dispute)).then().statusCode(200)
                .body("outcome", startsWith("ignored"));
        assertThat(audit().getLong("entries")).isEqualTo(entries);
        assertTheLedgerBalances();
    }

    @Test
    void aDisputeOfAChargeThatBoughtNoPointsIsAcknowledgedAndIgnored() {
        long entries = audit().getLong("entries");
        String body = event("evt_unknown_" + UUID.randomUUID().toString().replace("-", ""), "ch_nothing_here");

        webhook(body, sign(WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200)
                .body("outcome", startsWith("ignored"));

        assertThat(audit().getLong("entries")).isEqualTo(entries);
    }

    private static void refused(Response response, String field, String message) {
        response.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("fields.'" + field + "'", containsString(message));
    }

    private static Response topUp(RequestSpecification as, Object bundle, Map<String, Object> card, String key) {
        var body = new HashMap<String, Object>();
        if (bundle != null) {
            body.put("bundle", bundle);
        }
        if (card != null) {
            body.put("card", card);
        }
        RequestSpecification request = as.contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/points/top-ups");
    }

    /** A fresh request as this customer (a RestAssured specification keeps the headers and body it was given). */
    private static RequestSpecification as(String customer) {
        return api(customer, PASSWORD);
    }

    private static long balance(RequestSpecification customer) {
        return customer.get("/me/points").then().statusCode(200).extract().jsonPath().getLong("balance");
    }

    private static Map<String, Integer> postings(long entry) {
        return asAdmin().get("/admin/ledger/entries/" + entry).then().statusCode(200).extract().jsonPath()
                .getMap("postings.collectEntries { [it.account, it.points] }");
    }

    private static RequestSpecification sandbox() {
        return site().basePath("/payment-sandbox/v1");
    }

    private static int sandboxCharges() {
        return sandbox().get("/charges").then().statusCode(200).extract().jsonPath().getInt("count");
    }

    private static String event(String id, String charge) {
        return event(id, "charge.dispute.created", charge);
    }

    private static String event(String id, String type, String charge) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"charge\":\"" + charge + "\"}";
    }

    private static Response webhook(String body, String signature) {
        RequestSpecification request = api().contentType("application/json").body(body);
        if (signature != null) {
            request.header("Backbeat-Signature", signature);
        }
        return request.post("/payments/webhook");
    }

    /** Signs as the provider does: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">. */
    private static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + timestamp + ",v1=" + java.util.HexFormat.of()
                    .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
