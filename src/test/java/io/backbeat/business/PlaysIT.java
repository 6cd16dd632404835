package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.backbeat.TestPlayer;
import io.backbeat.delivery.StreamTicket;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Proof of play over the real API: a zone's player uploads its signed, chained log; reports read it back. */
class PlaysIT extends BusinessMusic {

    /** An hour ago, so every play of a test log lies in the past and today's (or yesterday's) report holds it. */
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));

    /** A manager with a venue (a name of its own) and a zone bound to a newly registered player. */
    private record Setup(String manager, long venue, String venueName, long zone, TestPlayer player) {

        static Setup make() {
            String manager = newManager(3000);
            String venueName = "Proof Café " + UUID.randomUUID();
            long venue = json(as(manager)).body(Map.of("name", venueName, "city", "Leipzig", "country", "DE",
                    "timeZone", "Europe/Berlin")).post("/venues").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            TestPlayer player = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
            long zone = json(as(manager)).header("Idempotency-Key", key())
                    .body(Map.of("name", "Lobby", "player", player.id())).post("/venues/" + venue + "/zones")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            return new Setup(manager, venue, venueName, zone, player);
        }

        /** Records 1..n of the zone's log, three minutes apart from an hour ago (see {@link PlayLogs#signed}). */
        List<SignedPlay> log(TestPlayer signer, List<Long> works) {
            return PlayLogs.signed(signer, zone, player.fingerprint(), BASE, works);
        }

        ValidatableResponse upload(String fingerprint, List<SignedPlay> plays) {
            return json(as(manager)).body(PlayLogs.batch(fingerprint, plays)).post("/zones/" + zone + "/plays")
                    .then();
        }

        ValidatableResponse upload(List<SignedPlay> plays) {
            return upload(player.fingerprint(), plays);
        }

        /** Uploads as a player does: no login, a ticket signed by {@code signer} for this zone. */
        ValidatableResponse uploadWithTicket(TestPlayer signer, List<SignedPlay> plays) {
            return json(api()).header(StreamTicket.HEADER, signer.zoneTicket(zone))
                    .body(PlayLogs.batch(player.fingerprint(), plays)).post("/zones/" + zone + "/plays").then();
        }

        JsonPath report() {
            return as(manager).queryParam("from", LocalDate.ofInstant(BASE, ZoneOffset.UTC).toString())
                    .get("/venues/" + venue + "/plays").then().statusCode(200).extract().jsonPath();
        }
    }

    private static List<Long> works() {
        long roomTone = workId("Room Tone");
        long platform9 = workId("Platform 9");
        return List.of(roomTone, platform9, workId("B-Side Weather"), roomTone, platform9);
    }

    @Test
    void aLogUploadedInTwoBatchesAfterAnOutageIsStoredOnceAndReportedToManagerAndArtist() {
        Setup setup = Setup.make();
        List<Long> works = works();
        List<SignedPlay> log = setup.log(setup.player(), works);

        setup.upload(log.subList(0, 2)).statusCode(200).body("stored", equalTo(2)).body("sequence", equalTo(2));
        setup.upload(log.subList(2, 5)).statusCode(200).body("stored", equalTo(3)).body("sequence", equalTo(5))
                .body("head", equalTo(log.get(4).play().hash()));
        setup.upload(log.subList(0, 2)).statusCode(200).body("stored", equalTo(0)).body("sequence", equalTo(5))
                .body("head", equalTo(log.get(4).play().hash()));
        setup.upload(log).statusCode(200).body("received", equalTo(5)).body("stored", equalTo(0));

        JsonPath report = setup.report();
        assertThat(report.getList("plays.work", Long.class)).containsExactlyElementsOf(works);
        assertThat(report.getList("plays.start")).containsExactlyElementsOf(log.stream()
                .map(play -> play.play().start().toString()).toList());
        assertThat(report.getList("works.plays", Long.class)).containsExactly(2L, 2L, 1L);

        String csv = as(setup.manager()).queryParam("from", LocalDate.ofInstant(BASE, ZoneOffset.UTC).toString())
                .get("/venues/" + setup.venue() + "/plays.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("title,artist,album,isrc,start,duration_seconds,venue,zone");
        assertThat(lines.get(1)).isEqualTo("Room Tone,The Demo Tapes,First Takes,," + BASE + ",170,"
                + setup.venueName() + ",Lobby");
        assertThat(lines.get(3)).isEqualTo("B-Side Weather,The Demo Tapes,,," + BASE.plus(Duration.ofMinutes(6))
                + ",170," + setup.venueName() + ",Lobby");

        JsonPath mine = api(MUSICIAN, MUSICIAN_PASSWORD).get("/me/plays").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> here = mine.<Map<String, Object>>getList("plays").stream()
                .filter(play -> ((Number) play.get("venue")).longValue() == setup.venue()).toList();
        assertThat(here).extracting(play -> play.get("title"))
                .as("the musician's works only, not Night Transit's").containsExactly("Room Tone", "B-Side Weather",
                        "Room Tone");
        assertThat(here).extracting(play -> play.get("venueName"), play -> play.get("city"),
                play -> play.get("zoneName")).containsOnly(org.assertj.core.groups.Tuple.tuple(setup.venueName(),
                "Leipzig", "Lobby"));
        assertThat(mine.getList("works.title")).doesNotContain("Platform 9").contains("Room Tone");
    }

    @Test
    void aTamperedReorderedGappedOrForeignBatchIsRefusedAndNothingIsStored() {
        Setup setup = Setup.make();
        List<Long> works = works();
        List<SignedPlay> log = setup.log(setup.player(), works);
        setup.upload(log.subList(0, 2)).statusCode(200).body("stored", equalTo(2));

        PlayRecord third = log.get(2).play();
        var longer = new PlayRecord(third.zone(), third.work(), third.start(), third.end().plusSeconds(60),
                third.online(), third.sequence(), third.previous());
        var tampered = new ArrayList<>(log.subList(2, 5));
        tampered.set(0, new SignedPlay(longer, log.get(2).signature()));
        setup.upload(tampered).statusCode(400).body("type", endsWith("/play-signature-invalid"));

        setup.upload(List.of(log.get(2), log.get(4), log.get(3))).statusCode(400)
                .body("type", endsWith("/play-chain-broken"));
        setup.upload(log.subList(3, 5)).statusCode(409).body("type", endsWith("/play-log-gap"))
                .body("expectedSequence", equalTo(3));

        TestPlayer stranger = registerPlayer(setup.manager(), NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        setup.upload(setup.log(stranger, works).subList(2, 5)).statusCode(400)
                .body("type", endsWith("/play-signature-invalid"));
        setup.upload(stranger.fingerprint(), setup.log(stranger, works).subList(0, 2)).statusCode(403)
                .body("type", endsWith("/not-zone-player"));

        List<SignedPlay> other = setup.log(setup.player(), List.of(works.get(1), works.get(0), works.get(2)));
        setup.upload(other).statusCode(409).body("type", endsWith("/play-log-forked")).body("sequence", equalTo(1));

        setup.upload(List.of(setup.player().sign(new PlayRecord(setup.zone(), works.get(0), Instant.now()
                .truncatedTo(ChronoUnit.SECONDS), Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit
                .SECONDS), true, 3, log.get(1).play().hash())))).statusCode(400)
                .body("type", endsWith("/play-in-future"));
        setup.upload(List.of(setup.player().sign(new PlayRecord(setup.zone(), 999_999, third.start(), third.end(),
                true, 3, third.previous())))).statusCode(400).body("type", endsWith("/work-unknown"));
        setup.upload(List.of(setup.player().sign(new PlayRecord(setup.zone(), third.work(), third.start(),
                third.start(), true, 3, third.previous())))).statusCode(400)
                .body("type", endsWith("/play-ends-before-start"));

        assertThat(setup.report().getList("plays")).as("only the first batch is stored").hasSize(2);
        setup.upload(log.subList(2, 5)).statusCode(200).body("stored", equalTo(3));
        assertThat(setup.report().getList("plays")).hasSize(5);
    }

    @Test
    void theBoundPlayerUploadsWithItsZoneTicketAloneAndNoOtherTicketOrAnonymousCallerDoes() {
        Setup setup = Setup.make();
        List<SignedPlay> log = setup.log(setup.player(), works());
        String plays = "/zones/" + setup.zone() + "/plays";

        json(api()).body(PlayLogs.batch(setup.player().fingerprint(), log)).post(plays).then().statusCode(401)
                .body("type", endsWith("/login-required"));
        TestPlayer another = registerPlayer(setup.manager(), NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        setup.uploadWithTicket(another, log).statusCode(403).body("type", endsWith("/player-not-bound"));
        json(api()).header(StreamTicket.HEADER, setup.player().ticket(setup.zone()))
                .body(PlayLogs.batch(setup.player().fingerprint(), log)).post(plays).then().statusCode(403)
                .body("type", endsWith("/ticket-other-subject"));
        json(api()).header(StreamTicket.HEADER, "not a ticket").body(PlayLogs.batch(setup.player().fingerprint(), log))
                .post(plays).then().statusCode(400).body("type", endsWith("/malformed-ticket"));
        assertThat(setup.report().getList("plays")).as("no refused upload stored anything").isEmpty();

        setup.uploadWithTicket(setup.player(), log.subList(0, 2)).statusCode(200).body("stored", equalTo(2));
        setup.uploadWithTicket(setup.player(), log.subList(3, 5)).statusCode(409)
                .body("type", endsWith("/play-log-gap")).body("expectedSequence", equalTo(3));
        setup.uploadWithTicket(setup.player(), log).statusCode(200).body("stored", equalTo(3))
                .body("sequence", equalTo(5)).body("head", equalTo(log.get(4).play().hash()));
        assertThat(setup.report().getList("plays.work", Long.class)).containsExactlyElementsOf(works());

        as(setup.manager()).post("/me/players/" + setup.player().id() + "/revoke").then().statusCode(200);
        setup.uploadWithTicket(setup.player(), log).statusCode(403).body("type", endsWith("/player-revoked"));
    }

    @Test
    void onlyTheZonesManagerAndBoundPlayerUploadAndOnlyTheManagerReads() {
        Setup setup = Setup.make();
        var body = PlayLogs.batch(setup.player().fingerprint(), setup.log(setup.player(),
                List.of(workId("Room Tone"))));
        String plays = "/zones/" + setup.zone() + "/plays";
        String report = "/venues/" + setup.venue() + "/plays";

        json(api()).body(body).post(plays).then().statusCode(401);
        json(api(CUSTOMER, CUSTOMER_PASSWORD)).body(body).post(plays).then().statusCode(403);
        String otherManager = newManager(0);
        json(as(otherManager)).body(body).post(plays).then().statusCode(404).body("type", endsWith("/zone-not-found"));
        for (String path : List.of(report, report + ".csv")) {
            api().get(path).then().statusCode(401);
            api(CUSTOMER, CUSTOMER_PASSWORD).get(path).then().statusCode(403);
            as(otherManager).get(path).then().statusCode(404);
        }
        api().get("/me/plays").then().statusCode(401);
        api(CUSTOMER, CUSTOMER_PASSWORD).get("/me/plays").then().statusCode(403);

        long unbound = zone(setup.manager(), setup.venue(), "Elevator");
        json(as(setup.manager())).body(body).post("/zones/" + unbound + "/plays").then().statusCode(403)
                .body("type", endsWith("/zone-unbound"));
        as(setup.manager()).post("/me/players/" + setup.player().id() + "/revoke").then().statusCode(200);
        json(as(setup.manager())).body(body).post(plays).then().statusCode(403)
                .body("type", endsWith("/player-inactive"));
        assertThat(setup.report().getList("plays")).isEmpty();
    }
}
