package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.backbeat.delivery.StreamTicket;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Remote control of a zone as its manager and its player see it: the player's heartbeat, the commands it carries
 * back until the player acknowledges them, the dashboard's status with its dead-air alert, and nobody else's hands
 * on any of it.
 */
class ZoneControlIT extends BusinessMusic {

    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    /** Each test's own manager (an account has at most 5 active players), venue, and programme playing all day. */
    private String manager;
    private long venue;
    private long allDay;

    @BeforeEach
    void aManagerWithAVenueAndAProgramme() {
        manager = newManager(3000);
        venue = venue(manager, "Europe/Berlin");
        allDay = json(as(manager)).body(Map.of("name", "All day", "kind", "FIXED", "works", Stream.of(
                        "Platform 9", "Elevator Blues", "Red Line Shuffle").map(SystemTest::workId).toList()))
                .post("/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aPausePressedByTheManagerReachesThePlayerUntilItAcknowledgesIt() {
        long zone = playingZone("Lobby");
        TestPlayer player = bind(zone);

        assertThat(beat(player, zone, playing(workId("Platform 9"), List.of())).getList("commands")).isEmpty();
        long pause = command(zone, Map.of("action", "pause")).then().statusCode(202)
                .body("action", equalTo("PAUSE")).body("volume", nullValue()).extract().jsonPath().getLong("id");
        long volume = command(zone, Map.of("action", "VOLUME", "volume", 40)).then().statusCode(202)
                .extract().jsonPath().getLong("id");

        JsonPath answer = beat(player, zone, playing(workId("Platform 9"), List.of()));
        assertThat(answer.getList("commands.id", Long.class)).containsExactly(pause, volume);
        assertThat(answer.getList("commands.volume", Integer.class)).containsExactly(null, 40);
        assertThat(beat(player, zone, playing(workId("Platform 9"), List.of())).getList("commands.id", Long.class))
                .as("a command is sent again until acknowledged").containsExactly(pause, volume);

        assertThat(beat(player, zone, playing(workId("Platform 9"), List.of(pause))).getList("commands.id",
                Long.class)).containsExactly(volume);
        assertThat(beat(player, zone, playing(workId("Platform 9"), List.of(volume, pause))).getList("commands"))
                .isEmpty();
    }

    @Test
    void theDashboardSeesWhatThePlayerPlaysAndWhatTheScheduleExpects() {
        long zone = playingZone("Bar");
        TestPlayer player = bind(zone);
        var state = playing(workId("Elevator Blues"), List.of());
        state.put("volume", 65);
        state.put("positionMs", 12_000);
        beat(player, zone, state);
        command(zone, Map.of("action", "skip")).then().statusCode(202);

        JsonPath status = status(zone);
        assertThat(status.getBoolean("online")).isTrue();
        assertThat(status.getString("reported.title")).isEqualTo("Elevator Blues");
        assertThat(status.getInt("reported.volume")).isEqualTo(65);
        assertThat(status.getLong("reported.positionMs")).isEqualTo(12_000);
        assertThat(status.getString("expected.state")).isEqualTo("PLAYING");
        assertThat(status.getString("alert")).isNull();
        assertThat(status.getString("paidThrough")).isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(status.getInt("pendingCommands")).isEqualTo(1);
    }

    @Test
    void aZoneThatShouldPlayButWasNeverHeardIsInDeadAir() {
        long zone = playingZone("Terrace");
        bind(zone);

        // The alert also waits for the schedule to have expected music for a whole minute, and on a fresh server
        // the demo works it plays may have gone on sale only moments ago.
        JsonPath status = await().atMost(Duration.ofSeconds(90)).until(() -> status(zone),
                now -> "DEAD_AIR".equals(now.getString("alert")));
        assertThat(status.getBoolean("online")).isFalse();
        assertThat(status.getString("expected.state")).isEqualTo("PLAYING");
    }

    @Test
    void aClosedZoneIsNeverInDeadAirAndASilenceJustBegunIsNotYet() {
        long closed = zone(manager, venue, "Cellar");
        bind(closed);
        assertThat(status(closed).getString("expected.state")).isEqualTo("CLOSED");
        assertThat(status(closed).getString("alert")).isNull();

        long zone = playingZone("Garden");
        TestPlayer player = bind(zone);
        beat(player, zone, playing(null, List.of()));
        JsonPath status = status(zone);
        assertThat(status.getBoolean("online")).isTrue();
        assertThat(status.getString("reported.work")).isNull();
        assertThat(status.getString("silentSince")).isNotNull();
        assertThat(status.getString("alert")).as("silent for less than 60 s").isNull();
    }

    @Test
    void badCommandsAreRefusedAndNothingIsQueued() {
        long zone = playingZone("Hall");
        TestPlayer player = bind(zone);
        record Bad(Map<String, Object> body, String field) {
        }
        for (Bad bad : List.of(new Bad(Map.of("action", "louder"), "action"), new Bad(Map.of(), "action"),
                new Bad(Map.of("action", "volume"), "volume"), new Bad(Map.of("action", "volume", "volume", 101),
                        "volume"), new Bad(Map.of("action", "volume", "volume", -1), "volume"),
                new Bad(Map.of("action", "pause", "volume", 10), "volume"))) {
            command(zone, bad.body()).then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/invalid-input")).body("fields", hasKey(bad.field()));
        }
        assertThat(beat(player, zone, playing(null, List.of())).getList("commands")).isEmpty();

        long unbound = zone(manager, venue, "Store room");
        command(unbound, Map.of("action", "skip")).then().statusCode(409).body("type", endsWith("/zone-unbound"));
    }

    @Test
    void badHeartbeatsAreRefusedAndAcknowledgeNothing() {
        long zone = playingZone("Foyer");
        TestPlayer player = bind(zone);
        long pause = command(zone, Map.of("action", "pause")).then().statusCode(202).extract().jsonPath()
                .getLong("id");
        long elsewhere = playingZone("Annex");
        bind(elsewhere);
        long othersCommand = command(elsewhere, Map.of("action", "skip")).then().statusCode(202).extract()
                .jsonPath().getLong("id");

        record Bad(Map<String, Object> body, String field) {
        }
        var noVolume = playing(null, List.of(pause));
        noVolume.remove("volume");
        var tooLoud = playing(null, List.of(pause));
        tooLoud.put("volume", 150);
        var backwards = playing(workId("Terminus"), List.of(pause));
        backwards.put("positionMs", -5);
        for (Bad bad : List.of(new Bad(noVolume, "volume"), new Bad(tooLoud, "volume"), new Bad(backwards,
                        "positionMs"), new Bad(playing(99_999_999L, List.of(pause)), "work"),
                new Bad(playing(null, List.of(pause, othersCommand)), "acknowledged"))) {
            api().header(StreamTicket.HEADER, player.zoneTicket(zone)).contentType("application/json")
                    .body(bad.body()).post("/zones/" + zone + "/heartbeat").then().statusCode(400)
                    .contentType("application/problem+json").body("fields", hasKey(bad.field()));
        }

        assertThat(status(zone).getBoolean("online")).as("no refused heartbeat was kept").isFalse();
        assertThat(beat(player, zone, playing(null, List.of())).getList("commands.id", Long.class))
                .containsExactly(pause);
    }

    @Test
    void nobodyButTheManagerCommandsAndNobodyButTheBoundPlayerBeats() {
        long zone = playingZone("Reception");
        TestPlayer player = bind(zone);
        String stranger = newManager(0);
        String customer = newCustomer();

        api().contentType("application/json").body(Map.of("action", "skip")).post("/zones/" + zone + "/commands")
                .then().statusCode(401).contentType("application/problem+json");
        json(api(customer, NEW_CUSTOMER_PASSWORD)).body(Map.of("action", "skip"))
                .post("/zones/" + zone + "/commands").then().statusCode(403);
        json(as(stranger)).body(Map.of("action", "skip")).post("/zones/" + zone + "/commands").then()
                .statusCode(404).body("type", endsWith("/zone-not-found"));
        json(asAdmin()).body(Map.of("action", "skip")).post("/zones/" + zone + "/commands").then().statusCode(403);

        api().get("/venues/" + venue + "/zones/status").then().statusCode(401);
        api(customer, NEW_CUSTOMER_PASSWORD).get("/venues/" + venue + "/zones/status").then().statusCode(403);
        as(stranger).get("/venues/" + venue + "/zones/status").then().statusCode(404)
                .body("type", endsWith("/venue-not-found"));
        asAdmin().get("/venues/" + venue + "/zones/status").then().statusCode(200);

        var state = playing(null, List.of());
        api().contentType("application/json").body(state).post("/zones/" + zone + "/heartbeat").then()
                .statusCode(401).body("type", endsWith("/login-required"));
        json(as(manager)).body(state).post("/zones/" + zone + "/heartbeat").then().statusCode(403);
        TestPlayer another = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        api().header(StreamTicket.HEADER, another.zoneTicket(zone)).contentType("application/json").body(state)
                .post("/zones/" + zone + "/heartbeat").then().statusCode(403)
                .body("type", endsWith("/player-not-bound"));
        api().header(StreamTicket.HEADER, player.ticket(zone)).contentType("application/json").body(state)
                .post("/zones/" + zone + "/heartbeat").then().statusCode(403)
                .body("type", endsWith("/ticket-other-subject"));
        assertThat(status(zone).getBoolean("online")).isFalse();
    }

    /** A new zone of the venue playing the programme round the clock. */
    private long playingZone(String name) {
        long zone = zone(manager, venue, name);
        json(as(manager)).body(Map.of("dayparts", List.of(daypart(EVERY_DAY, "00:00", "00:00", allDay))))
                .put("/zones/" + zone + "/schedule").then().statusCode(200);
        return zone;
    }

    private TestPlayer bind(long zone) {
        TestPlayer player = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        String name = as(manager).get("/zones/" + zone).then().extract().jsonPath().getString("name");
        json(as(manager)).body(Map.of("name", name, "player", player.id())).put("/zones/" + zone).then()
                .statusCode(200);
        return player;
    }

    private static Map<String, Object> playing(Long work, List<Long> acknowledged) {
        var state = new HashMap<String, Object>();
        state.put("work", work);
        state.put("positionMs", 0);
        state.put("paused", false);
        state.put("volume", 80);
        state.put("acknowledged", acknowledged);
        return state;
    }

    private static JsonPath beat(TestPlayer player, long zone, Map<String, Object> state) {
        return api().header(StreamTicket.HEADER, player.zoneTicket(zone)).contentType("application/json")
                .body(state).post("/zones/" + zone + "/heartbeat").then().statusCode(200)
                .body("zone", equalTo((int) zone)).extract().jsonPath();
    }

    private io.restassured.response.Response command(long zone, Map<String, Object> body) {
        return json(as(manager)).body(body).post("/zones/" + zone + "/commands");
    }

    private JsonPath status(long zone) {
        JsonPath all = as(manager).get("/venues/" + venue + "/zones/status").then().statusCode(200).extract()
                .jsonPath();
        return new JsonPath(all.prettify()).setRootPath("find { it.zone == " + zone + " }");
    }
}
