package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A zone is paid from its manager's points through the ledger: once per key, and not at all without the points. */
class ZoneFeesIT extends BusinessMusic {

    private static final int FEE = 500;

    @Test
    void aZoneIsPaidOnceWhateverTimesItsKeyIsSent() {
        String manager = newManager(1200);
        long venue = venue(manager, "Europe/Madrid");
        String key = key();
        long entries = audit().getLong("entries");

        String first = json(as(manager)).header("Idempotency-Key", key).body(Map.of("name", "Terrace"))
                .post("/venues/" + venue + "/zones").then().statusCode(201)
                .body("paidThrough", equalTo(YearMonth.now(ZoneOffset.UTC).toString())).extract().asString();
        json(as(manager)).header("Idempotency-Key", key).body(Map.of("name", "Terrace"))
                .post("/venues/" + venue + "/zones").then().statusCode(201).body(equalTo(first));

        assertThat(balance(as(manager))).isEqualTo(1200 - FEE);
        assertThat(as(manager).get("/venues/" + venue + "/zones").then().extract().jsonPath().getList("name"))
                .containsExactly("Terrace");
        JsonPath points = as(manager).get("/me/points").then().extract().jsonPath();
        assertThat(points.getString("movements[0].kind")).isEqualTo("ZONE_FEE");
        assertThat(points.getLong("movements[0].points")).isEqualTo(-FEE);
        assertThat(asAdmin().get("/admin/ledger/entries/" + points.getLong("movements[0].entry")).then()
                .extract().jsonPath().getMap("postings.collectEntries { [it.account, it.points] }"))
                .isEqualTo(Map.of("CUSTOMER", -FEE, "RETAILER", FEE));
        assertThat(audit().getLong("entries")).isEqualTo(entries + 1);

        json(as(manager)).header("Idempotency-Key", key).body(Map.of("name", "Cellar"))
                .post("/venues/" + venue + "/zones").then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertThat(balance(as(manager))).isEqualTo(1200 - FEE);
        assertTheLedgerBalances();
    }

    @Test
    void tooFewPointsMakesNoZoneAndLeavesTheKeyUnused() {
        String manager = newManager(0);
        long venue = venue(manager, "Europe/Rome");
        String key = key();
        long entries = audit().getLong("entries");

        for (int i = 0; i < 2; i++) {
            json(as(manager)).header("Idempotency-Key", key).body(Map.of("name", "Hall"))
                    .post("/venues/" + venue + "/zones").then().statusCode(409)
                    .body("type", endsWith("/not-enough-points")).body("needed", equalTo(FEE));
        }
        assertThat(as(manager).get("/venues/" + venue + "/zones").then().extract().jsonPath().getList("id"))
                .isEmpty();
        assertThat(audit().getLong("entries")).isEqualTo(entries);

        as(manager).contentType("application/json").header("Idempotency-Key", key())
                .body(Map.of("bundle", 500, "card", card("4242 4242 4242 4242"))).post("/points/top-ups")
                .then().statusCode(201);
        json(as(manager)).header("Idempotency-Key", key).body(Map.of("name", "Hall"))
                .post("/venues/" + venue + "/zones").then().statusCode(201);
        assertThat(balance(as(manager))).isZero();
        assertTheLedgerBalances();
    }

    @Test
    void makingAZoneNeedsAKey() {
        String manager = newManager(500);
        long venue = venue(manager, "Europe/Lisbon");
        json(as(manager)).body(Map.of("name", "Patio")).post("/venues/" + venue + "/zones").then().statusCode(400)
                .body("fields", hasKey("Idempotency-Key"));
        json(as(manager)).header("Idempotency-Key", key()).body(Map.of("name", "")).post("/venues/" + venue
                + "/zones").then().statusCode(400).body("fields", hasKey("name"));
        assertThat(balance(as(manager))).isEqualTo(500);
    }
}
