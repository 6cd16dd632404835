package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Venue managers, their venues, zones, programmes and schedules, and what zones play, over the real API. */
class VenuesIT extends BusinessMusic {

    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    /** 14:00 on next week's Tuesday in this zone: after the demo works went on sale, so every work may play. */
    private static Instant tuesdayAtTwo(ZoneId zone) {
        return LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).atTime(14, 0)
                .atZone(zone).toInstant();
    }

    @Test
    void theDemoOrganisationIsThereWithItsCafeZonesAndSchedule() {
        var manager = api(ENTERPRISE, ENTERPRISE_PASSWORD);
        manager.get("/me/organisation").then().statusCode(200).body("manager", equalTo(ENTERPRISE));
        JsonPath venues = manager.get("/venues").then().statusCode(200).extract().jsonPath();
        assertThat(venues.getList("name")).containsExactly("Backbeat Café");
        assertThat(venues.getString("[0].timeZone")).isEqualTo("Europe/Berlin");
        JsonPath zones = manager.get("/venues/" + venues.getLong("[0].id") + "/zones").then().statusCode(200)
                .extract().jsonPath();
        assertThat(zones.getList("name")).containsExactly("Lobby", "Elevator");
        assertThat(zones.getList("state")).containsOnly("UNBOUND");
        // This month at least: ZoneFeesIT may have billed next month already.
        assertThat(zones.getList("paidThrough", String.class)).allSatisfy(month -> assertThat(YearMonth.parse(month))
                .isAfterOrEqualTo(YearMonth.now(ZoneOffset.UTC)));
        assertThat(manager.get("/programmes").then().extract().jsonPath().getList("name"))
                .containsExactly("Daytime", "Evening");

        long lobby = zones.getLong("[0].id");
        JsonPath schedule = manager.get("/zones/" + lobby + "/schedule").then().statusCode(200).extract().jsonPath();
        assertThat(schedule.getList("dayparts")).hasSize(3);
        assertThat(schedule.getList("exceptions.programme")).containsExactly(null, schedule.getInt(
                "dayparts[1].programme"));
        assertThat(schedule.getList("warnings")).as("the demo schedule leaves no dead air").isEmpty();

        Instant two = tuesdayAtTwo(ZoneId.of("Europe/Berlin"));
        JsonPath timeline = manager.queryParam("from", two.toString()).queryParam("to", two.plusSeconds(1).toString())
                .get("/zones/" + lobby + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("plays")).hasSize(1);
        assertThat(timeline.getLong("plays[0].programme")).isEqualTo(schedule.getLong("dayparts[0].programme"));
        assertThat(timeline.getString("plays[0].title")).isNotBlank();
        manager.get("/zones/" + zones.getLong("[1].id") + "/now").then().statusCode(200)
                .body("state", oneOf("PLAYING", "CLOSED"));

        // A promotion of 2,000 points, less 500 a zone a month: this month's two, and next month's if ZoneFeesIT
        // has billed it already.
        JsonPath points = manager.get("/me/points").then().statusCode(200).extract().jsonPath();
        List<String> movements = points.getList("movements.kind", String.class);
        assertThat(movements).last().isEqualTo("PROMOTION");
        List<String> fees = movements.subList(0, movements.size() - 1);
        assertThat(fees).containsOnly("ZONE_FEE").hasSizeBetween(2, 4);
        assertThat(points.getLong("balance")).isEqualTo(2_000 - 500L * fees.size());
    }

    @Test
    void aManagerSchedulesAZoneAndItsTimelineIsTheSameHoweverItIsAsked() {
        String manager = newManager(3000);
        ZoneId newYork = ZoneId.of("America/New_York");
        long venue = venue(manager, newYork.getId());
        long daytime = rotation(manager, "Daytime", List.of("Ambient", "Jazz", "Folk"),
                Map.of("noRepeatMinutes", 5, "artistSeparationTracks", 1, "neverExplicit", true));
        long late = json(as(manager)).body(Map.of("name", "Late", "kind", "FIXED", "works",
                        List.of(workId("Room Tone"), workId("Count-In"))))
                .post("/programmes").then().statusCode(201).body("works.size()", equalTo(2)).extract().jsonPath()
                .getLong("id");
        long zone = zone(manager, venue, "Lobby");

        JsonPath schedule = json(as(manager)).body(Map.of("dayparts", List.of(
                        daypart(EVERY_DAY, "08:00", "20:00", daytime), daypart(EVERY_DAY, "22:00", "02:00", late))))
                .put("/zones/" + zone + "/schedule").then().statusCode(200).extract().jsonPath();
        assertThat(schedule.getList("warnings")).isEmpty();
        assertThat(schedule.getString("timeZone")).isEqualTo("America/New_York");

        Instant two = tuesdayAtTwo(newYork);
        Instant from = two.minusSeconds(14 * 3600);
        String day = as(manager).queryParam("from", from.toString()).queryParam("to", from.plusSeconds(86_400)
                .toString()).get("/zones/" + zone + "/timeline").then().statusCode(200).extract().asString();
        assertThat(as(manager).queryParam("from", from.toString()).queryParam("to", from.plusSeconds(86_400)
                .toString()).get("/zones/" + zone + "/timeline").then().extract().asString()).isEqualTo(day);
        JsonPath whole = JsonPath.from(day);
        List<Map<String, Object>> afternoon = as(manager).queryParam("from", two.toString())
                .queryParam("to", two.plusSeconds(3600).toString()).get("/zones/" + zone + "/timeline").then()
                .statusCode(200).extract().jsonPath().getList("plays");
        assertThat(whole.getList("plays")).containsAll(afternoon);
        assertThat(afternoon).isNotEmpty().allMatch(play -> ((Number) play.get("programme")).longValue() == daytime);
        List<String> night = whole.getList("plays.findAll { it.programme == " + late + " }.title");
        assertThat(night).isNotEmpty().containsOnly("Room Tone", "Count-In");
        Instant tenPm = two.plusSeconds(8 * 3600);
        List<Map<String, Object>> plays = whole.getList("plays");
        assertThat(plays.stream().filter(play -> Instant.parse((String) play.get("start")).equals(tenPm))
                .map(play -> play.get("title"))).as("the playlist starts from the top at 22:00")
                .containsExactly("Room Tone");
        assertThat(whole.getList("deadAir")).isEmpty();
    }

    @Test
    void aZoneIsBoundToOneOfTheManagersActivePlayersAndAPlayerPlaysOneZone() {
        String manager = newManager(3000);
        long venue = venue(manager, "Europe/Vienna");
        long lobby = zone(manager, venue, "Lobby");
        long elevator = zone(manager, venue, "Elevator 2");
        long player = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, io.backbeat.TestPlayer.newKeys()).id();
        long someoneElses = playerOf(CUSTOMER, CUSTOMER_PASSWORD).id();

        json(as(manager)).body(Map.of("name", "Lobby", "player", player)).put("/zones/" + lobby).then()
                .statusCode(200).body("state", equalTo("BOUND")).body("player", equalTo((int) player));
        json(as(manager)).body(Map.of("name", "Elevator 2", "player", player)).put("/zones/" + elevator).then()
                .statusCode(409).body("type", endsWith("/player-taken"));
        json(as(manager)).body(Map.of("name", "Elevator 2", "player", someoneElses)).put("/zones/" + elevator)
                .then().statusCode(400).body("fields", hasKey("player"));
        as(manager).post("/me/players/" + player + "/revoke").then().statusCode(200);
        json(as(manager)).body(Map.of("name", "Lobby", "player", player)).put("/zones/" + lobby).then()
                .statusCode(400).body("fields", hasKey("player"));
        as(manager).get("/zones/" + elevator).then().body("state", equalTo("UNBOUND"));
    }

    @Test
    void onlyManagersReachTheirOwnAndAdministratorsReadEverything() {
        String manager = newManager(1200);
        long venue = venue(manager, "Europe/Paris");
        long programme = rotation(manager, "Any", List.of(), Map.of());
        long zone = zone(manager, venue, "Bar");
        String other = newManager(0);

        for (String path : List.of("/venues", "/venues/" + venue, "/venues/" + venue + "/zones", "/programmes",
                "/zones/" + zone, "/zones/" + zone + "/schedule", "/zones/" + zone + "/timeline",
                "/zones/" + zone + "/now", "/me/organisation")) {
            api().get(path).then().statusCode(401).body("type", endsWith("/login-required"));
            api(CUSTOMER, CUSTOMER_PASSWORD).get(path).then().statusCode(403);
            api(MUSICIAN, MUSICIAN_PASSWORD).get(path).then().statusCode(403);
        }
        for (String path : List.of("/venues/" + venue, "/venues/" + venue + "/zones", "/programmes/" + programme,
                "/zones/" + zone, "/zones/" + zone + "/schedule", "/zones/" + zone + "/timeline",
                "/zones/" + zone + "/now")) {
            as(other).get(path).then().statusCode(404);
            asAdmin().get(path).then().statusCode(200);
        }
        as(other).get("/venues").then().statusCode(200).body("size()", equalTo(0));
        as(other).delete("/programmes/" + programme).then().statusCode(404).body("type",
                endsWith("/programme-not-found"));
        json(as(other)).body(Map.of("name", "Mine now")).put("/zones/" + zone).then().statusCode(404);
        json(as(other)).header("Idempotency-Key", key()).body(Map.of("name", "Sneaky"))
                .post("/venues/" + venue + "/zones").then().statusCode(404).body("type", endsWith("/venue-not-found"));
        assertThat(asAdmin().get("/venues").then().extract().jsonPath().getList("id", Long.class))
                .contains(venue);
        json(asAdmin()).body(Map.of("name", "X", "timeZone", "UTC")).post("/venues").then().statusCode(403);
        json(asAdmin()).body(Map.of("name", "X")).post("/me/organisation").then().statusCode(403);
        json(as(manager)).body(Map.of("name", "Again")).post("/me/organisation").then().statusCode(409)
                .body("type", endsWith("/already-enterprise"));
        as(manager).get("/venues/" + venue).then().statusCode(200).body("name", equalTo("Venue in Europe/Paris"));
    }

    @Test
    void badInputIsRefusedByFieldAndChangesNothing() {
        String manager = newManager(1200);
        long venue = venue(manager, "Europe/Berlin");
        long programme = rotation(manager, "Any", List.of(), Map.of());
        long zone = zone(manager, venue, "Lobby");
        String schedulePath = "/zones/" + zone + "/schedule";
        json(as(manager)).body(Map.of("dayparts", List.of(daypart(EVERY_DAY, "09:00", "17:00", programme))))
                .put(schedulePath).then().statusCode(200);
        String before = as(manager).get(schedulePath).then().extract().jsonPath().getString("dayparts");

        json(as(manager)).body(Map.of("name", "Moon base", "timeZone", "Mars/Olympus_Mons")).post("/venues").then()
                .statusCode(400).body("fields", hasKey("timeZone"));
        json(as(manager)).body(Map.of("name", "Offset", "timeZone", "+02:00")).post("/venues").then()
                .statusCode(400).body("fields", hasKey("timeZone"));
        json(as(manager)).body(Map.of("name", " ", "timeZone", "Europe/Berlin")).post("/venues").then()
                .statusCode(400).body("fields", hasKey("name"));
        json(as(manager)).body("{\"name\": ").post("/venues").then().statusCode(400)
                .body("type", endsWith("/unreadable-body"));

        var bad = Map.<String, Object>of(
                "dayparts", List.of(daypart(List.of("MONDAY"), "08:00", "12:00", programme),
                        daypart(List.of("MONDAY", "TUESDAY"), "11:00", "13:00", programme),
                        daypart(List.of("FUNDAY"), "25:00", "12:00", 999_999)),
                "exceptions", List.of(Map.of("first", "2026-12-26", "last", "2026-12-24")));
        JsonPath refused = json(as(manager)).body(bad).put(schedulePath).then().statusCode(400)
                .body("type", endsWith("/invalid-input")).extract().jsonPath();
        assertThat(refused.getMap("fields")).containsOnlyKeys("dayparts[2].days", "dayparts[2].start",
                "dayparts[2].programme");
        json(as(manager)).body(Map.of("dayparts", List.of(daypart(List.of("MONDAY"), "08:00", "12:00", programme),
                        daypart(List.of("MONDAY", "TUESDAY"), "11:00", "13:00", programme)),
                        "exceptions", bad.get("exceptions"))).put(schedulePath).then().statusCode(400)
                .body("fields", hasKey("dayparts[1]")).body("fields", hasKey("exceptions[0]"));
        long othersProgramme = rotation(newManager(0), "Theirs", List.of(), Map.of());
        json(as(manager)).body(Map.of("dayparts", List.of(daypart(EVERY_DAY, "09:00", "17:00", othersProgramme))))
                .put(schedulePath).then().statusCode(400).body("fields", hasKey("dayparts[0].programme"));
        assertThat(as(manager).get(schedulePath).then().extract().jsonPath().getString("dayparts"))
                .isEqualTo(before);

        String timeline = "/zones/" + zone + "/timeline";
        as(manager).queryParam("from", "2027-01-02T00:00:00Z").queryParam("to", "2027-01-01T00:00:00Z")
                .get(timeline).then().statusCode(400).body("fields", hasKey("to"));
        as(manager).queryParam("from", "2027-01-01T00:00:00Z").queryParam("to", "2027-01-09T00:00:00Z")
                .get(timeline).then().statusCode(400).body("fields", hasKey("to"));
        as(manager).queryParam("from", "yesterday").get(timeline).then().statusCode(400)
                .body("fields", hasKey("from"));

        var unlicensed = Map.<String, Object>of("name", "Night", "kind", "FIXED", "works",
                List.of(workId("Room Tone"), workId("Tape Hiss Lullaby"), 999_999));
        JsonPath works = json(as(manager)).body(unlicensed).post("/programmes").then().statusCode(400)
                .extract().jsonPath();
        assertThat(works.getString("fields['works[1]']")).contains("not licensed for business use");
        assertThat(works.getString("fields['works[2]']")).contains("no work 999999");
        var rules = new HashMap<String, Object>(Map.of("name", "Odd", "kind", "SHUFFLE"));
        json(as(manager)).body(rules).post("/programmes").then().statusCode(400).body("fields", hasKey("kind"));
        rules.putAll(Map.of("kind", "ROTATION", "noRepeatMinutes", -1, "includeArtists", List.of(999_999)));
        json(as(manager)).body(rules).post("/programmes").then().statusCode(400)
                .body("fields", hasKey("noRepeatMinutes"));
        rules.put("noRepeatMinutes", 0);
        json(as(manager)).body(rules).post("/programmes").then().statusCode(400)
                .body("fields", hasKey("includeArtists[0]"));
        assertThat(as(manager).get("/programmes").then().extract().jsonPath().getList("name"))
                .containsExactly("Any");

        as(manager).delete("/programmes/" + programme).then().statusCode(409)
                .body("type", endsWith("/programme-in-use"));
        as(manager).delete("/venues/" + venue).then().statusCode(409).body("type", endsWith("/venue-has-zones"));
        as(manager).delete("/zones/" + zone).then().statusCode(204);
        as(manager).delete("/programmes/" + programme).then().statusCode(204);
        as(manager).delete("/venues/" + venue).then().statusCode(204);
        as(manager).get("/zones/" + zone).then().statusCode(404).body("type", endsWith("/zone-not-found"));
    }

    @Test
    void aScheduleThatWillLeaveDeadAirSaysSo() {
        String manager = newManager(1200);
        long venue = venue(manager, "Europe/Berlin");
        long polka = rotation(manager, "Polka", List.of("Polka"), Map.of());
        long artist = api().queryParam("title", "Lobby Nocturne").get("/catalog/works").then().extract().jsonPath()
                .getLong("items[0].artistId");
        long strict = rotation(manager, "Strict", List.of(), Map.of("includeArtists", List.of(artist),
                "artistSeparationTracks", 1));
        long zone = zone(manager, venue, "Lobby");

        JsonPath schedule = json(as(manager)).body(Map.of("dayparts", List.of(
                        daypart(EVERY_DAY, "08:00", "12:00", polka), daypart(EVERY_DAY, "12:00", "16:00", strict))))
                .put("/zones/" + zone + "/schedule").then().statusCode(200).extract().jsonPath();

        assertThat(schedule.getList("warnings.code")).containsExactlyInAnyOrder("no-works", "rules-exhausted");
        assertThat(schedule.getString("warnings.find { it.code == 'no-works' }.message")).contains("\"Polka\"");
        assertThat(schedule.getLong("warnings.find { it.code == 'no-works' }.seconds"))
                .isGreaterThan(6 * 4 * 3600L);
        Instant two = tuesdayAtTwo(ZoneId.of("Europe/Berlin"));
        as(manager).get("/zones/" + zone + "/timeline?from=" + two + "&to=" + two.plusSeconds(600)).then()
                .statusCode(200).body("plays.size()", equalTo(0))
                .body("deadAir[0].reason", equalTo("rules-exhausted"));
    }
}
