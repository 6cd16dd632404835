package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.backbeat.channel.IcyClient;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.media.Masters;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A zone's stream as a venue hears it: ffprobe reads it, an ICY client is told what the schedule says plays now,
 * the zone's bound player reads its timeline and stream with its own ticket, and nobody else hears or reads it.
 */
class ZoneStreamIT extends BusinessMusic {

    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    private static String manager;
    private static long zone;
    private static TestPlayer bound;

    /**
     * A manager's zone playing round the clock (so the test hears music at any hour), bound to its player. Its
     * programme is a fixed playlist of demo works: a rotation would take in works other tests put on sale meanwhile,
     * and such a work changes the plan from that moment, while a live stream finishes the track it started.
     */
    @BeforeAll
    static void aZonePlayingAllDayBoundToAPlayer() {
        manager = newManager(3000);
        long venue = venue(manager, "Europe/Berlin");
        long allDay = json(as(manager)).body(Map.of("name", "All day", "kind", "FIXED", "works", Stream.of(
                        "Platform 9", "Elevator Blues", "Red Line Shuffle", "Terminus", "Lobby Nocturne")
                        .map(SystemTest::workId).toList()))
                .post("/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
        zone = zone(manager, venue, "Reception");
        json(as(manager)).body(Map.of("dayparts", List.of(daypart(EVERY_DAY, "00:00", "00:00", allDay))))
                .put("/zones/" + zone + "/schedule").then().statusCode(200);
        bound = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        json(as(manager)).body(Map.of("name", "Reception", "player", bound.id())).put("/zones/" + zone)
                .then().statusCode(200).body("state", equalTo("BOUND"));
    }

    @Test
    void ffprobeReadsTheManagersZoneStreamAsMp3At44kHz() {
        String probe = Masters.run(List.of("ffprobe", "-v", "error", "-headers", "Authorization: "
                        + basic(manager) + "\r\n", "-show_entries", "format=format_name:stream=codec_name,sample_rate",
                "-of", "default=noprint_wrappers=1", SITE + "/stream/zone/" + zone));
        assertThat(probe).contains("format_name=mp3", "codec_name=mp3", "sample_rate=44100");
    }

    @Test
    void theIcyTitleIsWhatTheScheduleSaysPlaysNow() throws Exception {
        Instant before = Instant.now();
        try (var radio = new IcyClient(SITE + "/stream/zone/" + zone, Map.of("Authorization", basic(manager)))) {
            assertThat(radio.headers).containsEntry("icy-name", "Reception").containsEntry("icy-sr", "44100")
                    .containsEntry("icy-pub", "0");
            String heard = firstTitle(radio);
            assertThat(heard).isIn(playedAround(as(manager), before, Instant.now()));
        }
    }

    @Test
    void theBoundPlayerReadsItsZonesTimelineAndStreamWithItsTicket() throws Exception {
        JsonPath timeline = api().header(StreamTicket.HEADER, bound.zoneTicket(zone)).get("/zones/" + zone
                + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getLong("zone")).isEqualTo(zone);
        assertThat(timeline.getList("plays")).isNotEmpty();
        assertThat(timeline.getList("deadAir")).isEmpty();
        Instant before = Instant.now();

        try (var radio = new IcyClient(SITE + "/stream/zone/" + zone,
                Map.of(StreamTicket.HEADER, bound.zoneTicket(zone)))) {
            String heard = firstTitle(radio);
            assertThat(heard).isIn(playedAround(api().header(StreamTicket.HEADER, bound.zoneTicket(zone)), before,
                    Instant.now()));
        }

        String used = bound.zoneTicket(zone);
        api().header(StreamTicket.HEADER, used).get("/zones/" + zone + "/now").then().statusCode(200);
        api().header(StreamTicket.HEADER, used).get("/zones/" + zone + "/now").then().statusCode(403)
                .body("type", endsWith("/ticket-replayed"));
        api().header(StreamTicket.HEADER, bound.ticket(zone)).get("/zones/" + zone + "/now").then().statusCode(403)
                .body("type", endsWith("/ticket-other-subject"));
        api().header(StreamTicket.HEADER, "not a ticket").get("/zones/" + zone + "/timeline").then().statusCode(400)
                .body("type", endsWith("/malformed-ticket"));
    }

    @Test
    void nobodyElseHearsOrReadsTheZone() {
        for (String path : List.of("/stream/zone/" + zone, "/api/zones/" + zone + "/timeline",
                "/api/zones/" + zone + "/now")) {
            site().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Basic realm=\"Backbeat\""));
            site().auth().preemptive().basic(newCustomer(), NEW_CUSTOMER_PASSWORD).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            site().auth().preemptive().basic(newManager(0), NEW_CUSTOMER_PASSWORD).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("type", endsWith("/zone-not-found"));
        }
        asAdmin().get("/zones/" + zone + "/now").then().statusCode(200);

        TestPlayer unbound = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        TestPlayer strangers = registerPlayer(newCustomer(), NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        for (TestPlayer other : List.of(unbound, strangers)) {
            api().header(StreamTicket.HEADER, other.zoneTicket(zone)).get("/zones/" + zone + "/timeline").then()
                    .statusCode(403).body("type", endsWith("/player-not-bound"));
            site().header(StreamTicket.HEADER, other.zoneTicket(zone)).get("/stream/zone/" + zone).then()
                    .statusCode(403).body("type", endsWith("/player-not-bound"));
        }
    }

    @Test
    void aRevokedPlayerNoLongerReadsItsZone() throws Exception {
        String owner = newManager(3000);
        long itsZone = zone(owner, venue(owner, "Europe/Lisbon"), "Back office");
        TestPlayer revoked = registerPlayer(owner, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        json(as(owner)).body(Map.of("name", "Back office", "player", revoked.id())).put("/zones/" + itsZone)
                .then().statusCode(200);
        api().header(StreamTicket.HEADER, revoked.zoneTicket(itsZone)).get("/zones/" + itsZone + "/now").then()
                .statusCode(200).body("state", equalTo("CLOSED"));

        try (var radio = new IcyClient(SITE + "/stream/zone/" + itsZone,
                Map.of(StreamTicket.HEADER, revoked.zoneTicket(itsZone)))) {
            radio.next();
            as(owner).post("/me/players/" + revoked.id() + "/revoke").then().statusCode(200);
            assertEnds(radio);
        }

        api().header(StreamTicket.HEADER, revoked.zoneTicket(itsZone)).get("/zones/" + itsZone + "/now").then()
                .statusCode(403).body("type", endsWith("/player-revoked"));
        site().header(StreamTicket.HEADER, revoked.zoneTicket(itsZone)).get("/stream/zone/" + itsZone).then()
                .statusCode(403).body("type", endsWith("/player-revoked"));
    }

    @Test
    void aZoneMovedToAReplacementPlayerStopsStreamingToTheOldOneAtOnce() throws Exception {
        String owner = newManager(3000);
        long itsZone = zone(owner, venue(owner, "Europe/Paris"), "Waiting room");
        TestPlayer old = registerPlayer(owner, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        TestPlayer replacement = registerPlayer(owner, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        json(as(owner)).body(Map.of("name", "Waiting room", "player", old.id())).put("/zones/" + itsZone)
                .then().statusCode(200);

        try (var radio = new IcyClient(SITE + "/stream/zone/" + itsZone,
                Map.of(StreamTicket.HEADER, old.zoneTicket(itsZone)))) {
            radio.next();
            json(as(owner)).body(Map.of("name", "Waiting room", "player", replacement.id()))
                    .put("/zones/" + itsZone).then().statusCode(200);
            assertEnds(radio);
        }
        site().header(StreamTicket.HEADER, old.zoneTicket(itsZone)).get("/stream/zone/" + itsZone).then()
                .statusCode(403).body("type", endsWith("/player-not-bound"));
        try (var radio = new IcyClient(SITE + "/stream/zone/" + itsZone,
                Map.of(StreamTicket.HEADER, replacement.zoneTicket(itsZone)))) {
            radio.next();
        }
    }

    @Test
    void aDeletedZoneStopsStreamingToItsManager() throws Exception {
        String owner = newManager(3000);
        long itsZone = zone(owner, venue(owner, "Europe/Madrid"), "Terrace");
        try (var radio = new IcyClient(SITE + "/stream/zone/" + itsZone, Map.of("Authorization", basic(owner)))) {
            radio.next();
            as(owner).delete("/zones/" + itsZone).then().statusCode(204);
            assertEnds(radio);
        }
    }

    @Test
    void anUnknownZoneIsNotFound() {
        for (String path : List.of("/stream/zone/99999999", "/stream/zone/lobby", "/api/zones/99999999/timeline")) {
            site().auth().preemptive().basic(manager, NEW_CUSTOMER_PASSWORD).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("type", endsWith("/zone-not-found"));
        }
        site().header(StreamTicket.HEADER, bound.zoneTicket(99_999_999)).get("/stream/zone/99999999").then()
                .statusCode(404).body("type", endsWith("/zone-not-found"));
    }

    /**
     * What the schedule plays while a listener connects and reads, as the stream announces it ("Artist - Title").
     * A new listener first gets a burst of the last seconds of audio (4 s by default) and the encoder runs that far
     * ahead of the clock, so the window reaches 10 s either side.
     */
    private static List<String> playedAround(RequestSpecification as, Instant from, Instant to) {
        JsonPath timeline = as.queryParam("from", from.minusSeconds(10).toString())
                .queryParam("to", to.plusSeconds(10).toString()).get("/zones/" + zone + "/timeline").then()
                .statusCode(200).extract().jsonPath();
        List<String> artists = timeline.getList("plays.artist", String.class);
        List<String> titles = timeline.getList("plays.title", String.class);
        return IntStream.range(0, titles.size()).mapToObj(i -> artists.get(i) + " - " + titles.get(i))
                .toList();
    }

    private static String firstTitle(IcyClient radio) throws IOException {
        for (int block = 0; block < 20; block++) {
            Optional<String> title = radio.next();
            if (title.isPresent() && !title.get().isEmpty()) {
                return title.get();
            }
        }
        throw new AssertionError("The stream announced no title in 20 metadata blocks");
    }

    /**
     * Reads on until the server ends the stream. A stream left running would play on for ever; 60 metadata blocks
     * are about a minute of audio, far more than what was already on its way when the stream ended.
     */
    private static void assertEnds(IcyClient radio) {
        for (int block = 0; block < 60; block++) {
            try {
                radio.next();
            } catch (SocketTimeoutException quiet) {
                throw new AssertionError("The stream went quiet but stayed open", quiet);
            } catch (IOException ended) {
                return;
            }
        }
        throw new AssertionError("The stream played on after its listener lost the right to hear it");
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + NEW_CUSTOMER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
