package io.backbeat.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Registering players both ways the store offers, the limit on them, revoking one, and what is refused. */
class PlayersIT extends SystemTest {

    private static final String PASSWORD = NEW_CUSTOMER_PASSWORD;

    @Test
    void aPlayerRegistersItsOwnKeyAndTheCustomerSeesIt() {
        String customer = newCustomer();
        var keys = TestPlayer.newKeys();
        var player = new TestPlayer(0, keys, TestPlayer.PASSPHRASE);

        as(customer).contentType("application/json").body(Map.of("name", "Kitchen laptop", "publicKey",
                        player.publicKey()))
                .post("/me/players").then().statusCode(201)
                .header("Location", startsWith(SITE + "/api/me/players/"))
                .body("name", equalTo("Kitchen laptop"))
                .body("fingerprint", equalTo(player.fingerprint()))
                .body("status", equalTo("ACTIVE"))
                .body("personalised", equalTo(false));

        as(customer).get("/me/players").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].fingerprint", equalTo(player.fingerprint()));
    }

    @Test
    void keysThatAreNoGoodAreRefusedAndNothingIsRegistered() {
        String customer = newCustomer();
        register(customer, "Junk", "hello").then().statusCode(400).body("type", endsWith("/not-a-key"));
        register(customer, "Empty", "").then().statusCode(400).body("type", endsWith("/invalid-input"));
        register(customer, "Weak", new TestPlayer(0, io.backbeat.keys.PlayerKeys.generate("Weak", TestPlayer.PASSPHRASE,
                1024), TestPlayer.PASSPHRASE).publicKey()).then().statusCode(400).body("type", endsWith("/weak-key"))
                .body("detail", org.hamcrest.Matchers.containsString("1024 bits"));
        String good = new TestPlayer(0, TestPlayer.newKeys(), TestPlayer.PASSPHRASE).publicKey();
        register(customer, "", good).then().statusCode(400).body("fields", org.hamcrest.Matchers.hasKey("name"));
        register(customer, "x".repeat(81), good).then().statusCode(400);
        as(customer).contentType("application/json").body("{\"name\": ").post("/me/players").then().statusCode(400);

        as(customer).get("/me/players").then().body("size()", equalTo(0));
        register(customer, "Good", good).then().statusCode(201);
        register(customer, "Good again", good).then().statusCode(409).body("type", endsWith("/player-already-registered"));
        register(newCustomer(), "Someone else's", good).then().statusCode(409);
    }

    @Test
    void atMostFiveActivePlayersAndRevokingOneMakesRoom() {
        String customer = newCustomer();
        long first = 0;
        for (int i = 0; i < 5; i++) {
            long id = register(customer, "Player " + i, newPublicKey()).then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            first = i == 0 ? id : first;
        }
        register(customer, "One too many", newPublicKey()).then().statusCode(409)
                .body("type", endsWith("/too-many-players")).body("limit", equalTo(5));

        as(customer).post("/me/players/" + first + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        as(customer).post("/me/players/" + first + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"));
        register(customer, "Replacement", newPublicKey()).then().statusCode(201);

        assertThat(as(customer).get("/me/players").then().extract().jsonPath().getList("status"))
                .containsExactly("ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "REVOKED");
        as(newCustomer()).post("/me/players/" + first + "/revoke").then().statusCode(404)
                .body("type", endsWith("/player-not-found"));
        as(customer).post("/me/players/99999999/revoke").then().statusCode(404);
    }

    @Test
    void aPersonalisedPlayerComesWithItsSecretKeyUnderThePassphraseAndTheStoreKeepsOnlyThePublicKey()
            throws Exception {
        String customer = newCustomer();
        var answer = as(customer).contentType("application/json")
                .body(Map.of("name", "Living room", "passphrase", "a long passphrase"))
                .post("/me/players/personalised").then().statusCode(201)
                .header("Content-Type", startsWith("application/zip"))
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"backbeat-player-[0-9a-f]{8}\\.zip\""))
                .extract();

        Map<String, String> files = unzip(answer.asByteArray());
        assertThat(files).containsOnlyKeys("backbeat-player-key.asc", "backbeat-store-key.asc",
                "backbeat-player.properties");
        var ring = PlayerKeys.readSecret(new ByteArrayInputStream(files.get("backbeat-player-key.asc").getBytes()));
        assertThat(PlayerKeys.decryptionKey(ring, "a long passphrase".toCharArray())).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlayerKeys.signingKey(ring, "wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        String fingerprint = PlayerKeys.fingerprint(ring.getPublicKey());
        assertThat(files.get("backbeat-player.properties")).contains("fingerprint=" + fingerprint);
        assertThat(files.get("backbeat-store-key.asc")).isEqualTo(site().get(PlayerKeys.STORE_KEY_PATH).asString());
        as(customer).get("/me/players").then().body("[0].fingerprint", equalTo(fingerprint))
                .body("[0].personalised", equalTo(true));

        as(customer).contentType("application/json").body(Map.of("name", "Short", "passphrase", "short"))
                .post("/me/players/personalised").then().statusCode(400)
                .body("fields", org.hamcrest.Matchers.hasKey("passphrase"));
    }

    @Test
    void buyingWithoutARegisteredPlayerIsRefusedAndChangesNothing() {
        String customer = newCustomer();
        long entries = audit().getLong("entries");

        as(customer).contentType("application/json").header("Idempotency-Key", key())
                .body(Map.of("work", workId("Room Tone"))).post("/purchases").then().statusCode(403)
                .body("type", endsWith("/registered-player-required"));

        as(customer).get("/me/licences").then().body("size()", equalTo(0));
        assertThat(audit().getLong("entries")).isEqualTo(entries);
    }

    @Test
    void onlyCustomersManageTheirPlayers() {
        api().get("/me/players").then().statusCode(401);
        api().contentType("application/json").body(Map.of("name", "x", "publicKey", newPublicKey()))
                .post("/me/players").then().statusCode(401);
        api().post("/me/players/1/revoke").then().statusCode(401);
        asAdmin().get("/me/players").then().statusCode(403);
        asAdmin().contentType("application/json").body(Map.of("name", "x", "passphrase", "a long passphrase"))
                .post("/me/players/personalised").then().statusCode(403);
        api(MUSICIAN, MUSICIAN_PASSWORD).get("/me/players").then().statusCode(200);
        site().get(PlayerKeys.STORE_KEY_PATH).then().statusCode(200);
    }

    private static String newPublicKey() {
        return new TestPlayer(0, TestPlayer.newKeys(), TestPlayer.PASSPHRASE).publicKey();
    }

    private static io.restassured.response.Response register(String customer, String name, String publicKey) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("publicKey", publicKey);
        return as(customer).contentType("application/json").body(body).post("/me/players");
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        var files = new HashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes()));
            }
        }
        return files;
    }


    private static RequestSpecification as(String customer) {
        return api(customer, PASSWORD);
    }
}
