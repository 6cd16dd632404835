package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.delivery.TamperedException;
import io.backbeat.keys.PlayerKeys;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a venue player caches ahead of time: the works its zone's timeline plays, sealed for that player alone as a
 * purchase is, and nothing else, for nobody else.
 */
class ScheduledWorkIT extends BusinessMusic {

    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    private static String manager;
    private static long zone;
    private static TestPlayer bound;
    private static long scheduled;

    /** A zone playing a fixed playlist round the clock, so its every work is scheduled within the day. */
    @BeforeAll
    static void aZonePlayingAllDayBoundToAPlayer() {
        manager = newManager(3000);
        long venue = venue(manager, "Europe/Berlin");
        List<Long> playlist = Stream.of("Platform 9", "Terminus").map(SystemTest::workId).toList();
        long allDay = json(as(manager)).body(Map.of("name", "All day", "kind", "FIXED", "works", playlist))
                .post("/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
        zone = zone(manager, venue, "Lobby");
        json(as(manager)).body(Map.of("dayparts", List.of(daypart(EVERY_DAY, "00:00", "00:00", allDay))))
                .put("/zones/" + zone + "/schedule").then().statusCode(200);
        bound = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        json(as(manager)).body(Map.of("name", "Lobby", "player", bound.id())).put("/zones/" + zone)
                .then().statusCode(200).body("state", equalTo("BOUND"));
        scheduled = playlist.get(1);
    }

    @Test
    void theBoundPlayersKeyOpensAScheduledWorkSignedByTheStoreAndNoOtherPlayersKeyDoes() throws Exception {
        Response download = fetch(zone, scheduled, bound.zoneTicket(zone));
        download.then().statusCode(200).header("Cache-Control", "no-store")
                .header("Content-Type", "application/octet-stream");
        byte[] sealed = download.asByteArray();

        var opened = bound.open(sealed, storeKey());
        assertThat(opened.facts().work()).isEqualTo(scheduled);
        assertThat(opened.facts().licence()).as("no licence: the zone's fee pays").isZero();
        assertThat(opened.facts().player()).isEqualTo(bound.fingerprint());
        assertThat(opened.content()).hasSizeGreaterThan(10_000);
        assertThat(new String(sealed, "ISO-8859-1")).doesNotContain(new String(opened.content(),
                opened.content().length / 2, 64, "ISO-8859-1"));

        TestPlayer other = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        assertThatThrownBy(() -> other.open(sealed, storeKey())).isInstanceOf(TamperedException.class)
                .hasMessageContaining("another player");
    }

    @Test
    void aWorkTheZoneDoesNotScheduleOrThatDoesNotExistIsNotFound() {
        fetch(zone, workId("Room Tone"), bound.zoneTicket(zone)).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/work-not-scheduled"));
        fetch(zone, 99_999_999, bound.zoneTicket(zone)).then().statusCode(404)
                .body("type", endsWith("/work-not-scheduled"));
        fetch(99_999_999, scheduled, bound.zoneTicket(99_999_999)).then().statusCode(404)
                .body("type", endsWith("/zone-not-found"));
        secureSite().header(StreamTicket.HEADER, bound.zoneTicket(zone)).get("/stream/scheduled/" + zone)
                .then().statusCode(404).body("type", endsWith("/work-not-scheduled"));
    }

    @Test
    void onlyTheZonesActiveBoundPlayerWithAFreshTicketForTheZoneOverHttpsGetsIt() {
        String path = "/stream/scheduled/" + zone + "/" + scheduled;
        secureSite().get(path).then().statusCode(403).body("type", endsWith("/registered-player-required"));
        secureSite().auth().preemptive().basic(manager, NEW_CUSTOMER_PASSWORD).get(path).then().statusCode(403)
                .body("type", endsWith("/registered-player-required"));
        site().header(StreamTicket.HEADER, bound.zoneTicket(zone)).get(path).then().statusCode(403)
                .body("type", endsWith("/https-required"));
        fetch(zone, scheduled, "not a ticket").then().statusCode(400).body("type", endsWith("/malformed-ticket"));
        fetch(zone, scheduled, bound.ticket(scheduled)).then().statusCode(403)
                .body("type", endsWith("/ticket-other-subject"));
        String once = bound.zoneTicket(zone);
        fetch(zone, scheduled, once).then().statusCode(200);
        fetch(zone, scheduled, once).then().statusCode(403).body("type", endsWith("/ticket-replayed"));

        TestPlayer sameManagersOther = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        fetch(zone, scheduled, sameManagersOther.zoneTicket(zone)).then().statusCode(403)
                .body("type", endsWith("/player-not-bound"));
        var stranger = new TestPlayer(0, TestPlayer.newKeys(), TestPlayer.PASSPHRASE);
        fetch(zone, scheduled, stranger.zoneTicket(zone)).then().statusCode(403)
                .body("type", endsWith("/player-unknown"));
    }

    @Test
    void aRevokedPlayerGetsNothingMore() {
        String owner = newManager(3000);
        long venue = venue(owner, "Europe/Berlin");
        long programme = json(as(owner)).body(Map.of("name", "Loop", "kind", "FIXED", "works", List.of(scheduled)))
                .post("/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
        long elevator = zone(owner, venue, "Elevator");
        json(as(owner)).body(Map.of("dayparts", List.of(daypart(EVERY_DAY, "00:00", "00:00", programme))))
                .put("/zones/" + elevator + "/schedule").then().statusCode(200);
        TestPlayer lost = registerPlayer(owner, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        json(as(owner)).body(Map.of("name", "Elevator", "player", lost.id())).put("/zones/" + elevator)
                .then().statusCode(200);
        fetch(elevator, scheduled, lost.zoneTicket(elevator)).then().statusCode(200);

        as(owner).post("/me/players/" + lost.id() + "/revoke").then().statusCode(200);

        fetch(elevator, scheduled, lost.zoneTicket(elevator)).then().statusCode(403)
                .body("type", endsWith("/player-revoked"));
    }

    private static Response fetch(long zone, long work, String ticket) {
        return secureSite().header(StreamTicket.HEADER, ticket).get("/stream/scheduled/" + zone + "/" + work);
    }

    private static PGPPublicKey storeKey() throws Exception {
        return PlayerKeys.readPublic(site().get(PlayerKeys.STORE_KEY_PATH).then().statusCode(200).extract()
                .asByteArray()).getPublicKey();
    }
}
