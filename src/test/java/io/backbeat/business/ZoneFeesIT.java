package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
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

    /**
     * A month's renewal, run by an admin for next month as the timer runs it for this one: a manager with the points
     * pays once however often it runs; one without stays unpaid, and the zone plays through the grace week of the
     * unpaid month, then nothing.
     */
    @Test
    void eachMonthIsChargedOnceAndAnUnpaidZoneFallsSilentAfterItsGraceWeek() {
        YearMonth next = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
        String paying = newManager(1200); // the bundles on sale: 500, 1200, 3000
        long paid = zone(paying, venue(paying, "Europe/Vienna"), "Foyer");
        String broke = newManager(FEE);
        long unpaid = zone(broke, venue(broke, "Europe/Vienna"), "Lift");
        long programme = json(as(broke)).body(Map.of("name", "All day", "kind", "FIXED",
                "works", List.of(workId("Platform 9")))).post("/programmes").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        json(as(broke)).body(Map.of("dayparts", List.of(daypart(List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "00:00", "00:00", programme))))
                .put("/zones/" + unpaid + "/schedule").then().statusCode(200);

        for (int run = 0; run < 2; run++) {
            JsonPath billed = asAdmin().queryParam("month", next.toString()).post("/admin/zone-fees").then()
                    .statusCode(200).body("month", equalTo(next.toString())).extract().jsonPath();
            assertThat(billed.getList("unpaid", Long.class)).contains(unpaid).doesNotContain(paid);
        }

        assertThat(balance(as(paying))).isEqualTo(1200 - 2 * FEE);
        assertThat(as(paying).get("/zones/" + paid).then().extract().jsonPath().getString("paidThrough"))
                .isEqualTo(next.toString());
        assertThat(balance(as(broke))).isZero();
        assertThat(as(broke).get("/zones/" + unpaid).then().extract().jsonPath().getString("paidThrough"))
                .isEqualTo(next.minusMonths(1).toString());
        assertThat(plays(broke, unpaid, next.atDay(7).atStartOfDay(ZoneOffset.UTC).toInstant())).isNotEmpty();
        assertThat(plays(broke, unpaid, next.atDay(8).atStartOfDay(ZoneOffset.UTC).toInstant())).isEmpty();
        assertTheLedgerBalances();
    }

    @Test
    void onlyAnAdminRunsTheFeesAndOnlyForThisMonthOrTheNext() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (String month : List.of("2026-13", "next month", now.minusMonths(1).toString(),
                now.plusMonths(2).toString())) {
            asAdmin().queryParam("month", month).post("/admin/zone-fees").then().statusCode(400)
                    .body("fields", hasKey("month"));
        }
        api().post("/admin/zone-fees").then().statusCode(401);
        as(newManager(0)).post("/admin/zone-fees").then().statusCode(403);
        asAdmin().post("/admin/zone-fees").then().statusCode(200).body("month", equalTo(now.toString()));
    }

    /** What the zone's timeline plays in the hour from {@code from}. */
    private static List<Object> plays(String manager, long zone, Instant from) {
        return as(manager).queryParam("from", from.toString()).queryParam("to", from.plusSeconds(3600).toString())
                .get("/zones/" + zone + "/timeline").then().statusCode(200).extract().jsonPath().getList("plays");
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
