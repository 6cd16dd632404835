package io.backbeat.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.backbeat.SystemTest;
import io.backbeat.media.Masters;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spending points: one balanced entry per purchase, a licence, and nothing at all when the answer is no. */
class PurchasesIT extends SystemTest {

    @TempDir
    Path folder;

    @Test
    void aPurchaseSharesThePointsAndGrantsALicence() {
        long work = workId("Room Tone");
        long before = balance();

        JsonPath licence = buy(customer(), work, key()).then().statusCode(201).extract().jsonPath();

        assertThat(licence.getLong("work")).isEqualTo(work);
        assertThat(licence.getInt("points")).isEqualTo(10);
        assertThat(licence.getString("revokedAt")).isNull();
        assertThat(balance()).isEqualTo(before - 10);
        JsonPath statement = customer().get("/me/points").then().extract().jsonPath();
        assertThat(statement.getString("movements[0].kind")).isEqualTo("PURCHASE");
        assertThat(statement.getLong("movements[0].points")).isEqualTo(-10);
        JsonPath entry = asAdmin().get("/admin/ledger/entries/" + statement.getLong("movements[0].entry"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(entry.getMap("postings.collectEntries { [it.account, it.points] }"))
                .isEqualTo(Map.of("CUSTOMER", -10, "ARTIST", 8, "DISTRIBUTOR", 1, "RETAILER", 1));
        assertThat(customer().get("/me/licences").then().extract().jsonPath().getList("id", Long.class))
                .contains(licence.getLong("id"));
        assertTheLedgerBalances();
    }

    @Test
    void aWorkAlreadyHeldIsHandedBackWithoutChargingAgain() {
        long work = workId("Count-In");
        long first = buy(customer(), work, key()).then().statusCode(201).extract().jsonPath().getLong("id");
        long before = balance();

        buy(customer(), work, key()).then().statusCode(200).body("id", equalTo((int) first));

        assertThat(balance()).isEqualTo(before);
    }

    @Test
    void theSameKeyReplaysTheFirstAnswerAndRefusesAnotherRequest() {
        long work = workId("Hello, Backbeat");
        long other = workId("Lobby Nocturne");
        String key = key();
        long before = balance();

        String first = buy(customer(), work, key).then().statusCode(201).extract().asString();
        buy(customer(), work, key).then().statusCode(201).body(equalTo(first));
        assertThat(balance()).as("charged once").isEqualTo(before - 10);

        buy(customer(), other, key).then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertThat(balance()).isEqualTo(before - 10);
        assertThat(customer().get("/me/licences").then().extract().jsonPath().getList("work", Long.class))
                .doesNotContain(other);
    }

    @Test
    void tooFewPointsChangesNothing() {
        long work = workId("Lobby Nocturne");
        long entries = audit().getLong("entries");
        String key = key();

        for (int i = 0; i < 2; i++) { // a refused request leaves its key unused: sending it again is refused again
            buy(musician(), work, key).then().statusCode(409)
                    .body("type", endsWith("/not-enough-points"))
                    .body("balance", equalTo(0))
                    .body("needed", notNullValue());
        }

        musician().get("/me/licences").then().statusCode(200).body("size()", equalTo(0));
        musician().get("/me/points").then().body("balance", equalTo(0));
        assertThat(audit().getLong("entries")).isEqualTo(entries);
    }

    @Test
    void badRequestsAreRefusedClearly() {
        long work = workId("Room Tone");
        customer().contentType("application/json").body(Map.of("work", work)).post("/purchases")
                .then().statusCode(400).body("fields", hasKey("Idempotency-Key"));
        buy(customer(), work, "has a space").then().statusCode(400).body("fields", hasKey("Idempotency-Key"));
        buy(customer(), work, "x".repeat(256)).then().statusCode(400);
        customer().contentType("application/json").header("Idempotency-Key", key()).body("{}").post("/purchases")
                .then().statusCode(400).body("fields", hasKey("work"));
        customer().contentType("application/json").header("Idempotency-Key", key()).body("{\"work\": \"twelve\"}")
                .post("/purchases").then().statusCode(400);
        buy(customer(), 999_999, key()).then().statusCode(404).body("type", endsWith("/work-not-found"));
        buy(api(), work, key()).then().statusCode(401);
        buy(asAdmin(), work, key()).then().statusCode(403);
        api().get("/me/licences").then().statusCode(401);
    }

    @Test
    void aRefundReversesThePurchaseOnceAndTheWorkCanBeBoughtAgain() {
        long work = workId("Elevator Blues");
        long before = balance();
        long licence = buy(customer(), work, key()).then().statusCode(201).extract().jsonPath().getLong("id");
        int price = (int) (before - balance());
        String key = key();

        refund(asAdmin(), licence, key).then().statusCode(200).body("revokedAt", notNullValue());
        refund(asAdmin(), licence, key).then().statusCode(200).body("id", equalTo((int) licence));

        assertThat(balance()).isEqualTo(before);
        JsonPath statement = customer().get("/me/points").then().extract().jsonPath();
        assertThat(statement.getString("movements[0].kind")).isEqualTo("REFUND");
        assertThat(statement.getLong("movements[0].points")).isEqualTo(price);
        asAdmin().get("/admin/ledger/entries/" + statement.getLong("movements[0].entry")).then().statusCode(200)
                .body("kind", equalTo("REFUND")).body("reverses", equalTo(statement.getInt("movements[1].entry")));
        refund(asAdmin(), licence, key()).then().statusCode(409).body("type", endsWith("/already-refunded"));
        refund(asAdmin(), 999_999, key()).then().statusCode(404).body("type", endsWith("/licence-not-found"));
        refund(customer(), licence, key()).then().statusCode(403);
        assertTheLedgerBalances();

        buy(customer(), work, key()).then().statusCode(201).body("id", equalTo((int) licence))
                .body("revokedAt", nullValue());
        assertThat(balance()).isEqualTo(before - price);
    }

    @Test
    void concurrentPurchasesNeverOverspendAnAccount() throws Exception {
        long balance = balance();
        // Two works that each fit in the balance but not both: whatever the timing, one is bought, once.
        int price = (int) (balance / 2 + 1);
        long first = uploadedWork(folder, "Rush Hour A", 440, price);
        long second = uploadedWork(folder, "Rush Hour B", 550, price);

        var pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            long work = i % 2 == 0 ? first : second;
            answers.add(pool.submit((Callable<Integer>) () -> buy(customer(), work, key()).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201, 200, 409).contains(201);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
        assertThat(balance()).isEqualTo(balance - price);
        assertThat(customer().get("/me/licences").then().extract().jsonPath().getList("work", Long.class)
                .stream().filter(work -> work == first || work == second)).hasSize(1);
        assertTheLedgerBalances();
    }

    @Test
    void oneKeySentManyTimesAtOnceBuysOnceAndEveryAnswerIsTheFirst() throws Exception {
        long work = uploadedWork(folder, "Same Key Twice", 587, 7);
        long before = balance();
        String key = key();

        var pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> buy(customer(), work, key)));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<Response> answer : answers) {
            bodies.add(answer.get().then().statusCode(201).extract().asString());
        }
        pool.shutdown();

        assertThat(bodies).as("each a replay of the one purchase").containsOnly(bodies.get(0));
        assertThat(balance()).as("charged once").isEqualTo(before - 7);
        assertTheLedgerBalances();
    }

    @Test
    void concurrentRefundsOfOneLicenceRefundItOnce() throws Exception {
        long work = workId("Terminus");
        long before = balance();
        long licence = buy(customer(), work, key()).then().statusCode(201).extract().jsonPath().getLong("id");

        var pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit((Callable<Integer>) () -> refund(asAdmin(), licence, key()).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
        assertThat(balance()).isEqualTo(before);
        assertTheLedgerBalances();
    }

    private static Response buy(RequestSpecification as, long work, String key) {
        return as.contentType("application/json").header("Idempotency-Key", key).body(Map.of("work", work))
                .post("/purchases");
    }

    private static Response refund(RequestSpecification as, long licence, String key) {
        return as.header("Idempotency-Key", key).post("/admin/licences/" + licence + "/refund");
    }

    private static long balance() {
        return customer().get("/me/points").then().statusCode(200).extract().jsonPath().getLong("balance");
    }

    /** The demo customer, with a registered player (buying needs one). */
    private static RequestSpecification customer() {
        playerOf(CUSTOMER, CUSTOMER_PASSWORD);
        return api(CUSTOMER, CUSTOMER_PASSWORD);
    }

    /** The demo musician, also a customer, with no points but a registered player. */
    private static RequestSpecification musician() {
        playerOf(MUSICIAN, MUSICIAN_PASSWORD);
        return api(MUSICIAN, MUSICIAN_PASSWORD);
    }
}
