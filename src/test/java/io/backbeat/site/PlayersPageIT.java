package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.backbeat.keys.PlayerKeys;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer's players on the site: listed, a personalised one made and downloaded, a lost one revoked. */
class PlayersPageIT extends SystemTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCustomerGetsAPersonalisedPlayerAndRevokesALostOne() throws Exception {
        String customer = newCustomer();
        TestPlayer lost = registerPlayer(customer, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        logIn(customer);

        assertThat(browser.find("[id='list:players']").getText()).contains("Test player", "Active",
                lost.fingerprint().substring(0, 4) + " " + lost.fingerprint().substring(4, 8));

        browser.type("[id='personalise:name']", "Living room");
        browser.type("[id='personalise:passphrase_input'], [id='personalise:passphrase']", "a long passphrase");
        browser.type("[id='personalise:passphraseAgain_input'], [id='personalise:passphraseAgain']", "a long passphrase");
        browser.find("[id='personalise:make']").click();
        Path zip = browser.waitFor(Duration.ofSeconds(60), d -> downloaded());
        var secret = secretKeyIn(Files.readAllBytes(zip));
        assertThat(PlayerKeys.decryptionKey(secret, "a long passphrase".toCharArray())).isNotNull();

        browser.open(SECURE_SITE + "/account/players.xhtml");
        assertThat(browser.find("[id='list:players']").getText()).contains("Living room", "personalised");
        browser.screenshot("players");

        browser.all("button.revoke").get(1).click();
        browser.waitFor(d -> browser.find(".ui-confirmdialog-yes").isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
        browser.waitFor(d -> browser.find("[id='list:players']").getText().contains("Revoked"));

        assertThat(api(customer, NEW_CUSTOMER_PASSWORD).get("/me/players").then().extract().jsonPath()
                .getList("findAll { it.status == 'REVOKED' }.fingerprint")).containsExactly(lost.fingerprint());
    }

    @Test
    void mismatchedPassphrasesAreRefusedAndNothingIsMade() {
        String customer = newCustomer();
        logIn(customer);

        browser.type("[id='personalise:name']", "Attic");
        browser.type("[id='personalise:passphrase_input'], [id='personalise:passphrase']", "a long passphrase");
        browser.type("[id='personalise:passphraseAgain_input'], [id='personalise:passphraseAgain']", "another one!");
        browser.find("[id='personalise:make']").click();

        browser.waitFor(d -> browser.text().contains("The two passphrases are not the same."));
        api(customer, NEW_CUSTOMER_PASSWORD).get("/me/players").then().body("size()",
                org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void thePageIsServedOnHttpsOnly() {
        String customer = newCustomer();
        browser.open(SITE + "/account/players.xhtml");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(SECURE_SITE));
        browser.signIn(customer, NEW_CUSTOMER_PASSWORD);
        browser.waitFor(d -> d.getCurrentUrl().startsWith(SECURE_SITE + "/account/players.xhtml"));
    }

    @Test
    void theSiteStartsAPurchaseOnceTheCustomerHasARegisteredPlayer() {
        String customer = newCustomer();
        api(customer, NEW_CUSTOMER_PASSWORD).contentType("application/json").header("Idempotency-Key", key())
                .body(java.util.Map.of("bundle", 500, "card", card("4242 4242 4242 4242"))).post("/points/top-ups")
                .then().statusCode(201);
        long work = workId("Room Tone");
        logIn(customer);
        browser.open(SECURE_SITE + "/work.xhtml?id=" + work);

        browser.find("[id='buy:buy-button']").click();
        browser.waitFor(d -> browser.text().contains("Buying needs a registered Backbeat player"));
        assertThat(balance(customer)).isEqualTo(500);

        registerPlayer(customer, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        browser.find("[id='buy:buy-button']").click();
        browser.waitFor(d -> browser.text().contains("You bought \u201cRoom Tone\u201d"));

        assertThat(browser.find("[id='buy:owned']").getText()).contains("You own this work");
        assertThat(balance(customer)).isEqualTo(490);
        assertThat(api(customer, NEW_CUSTOMER_PASSWORD).get("/me/licences").then().extract().jsonPath()
                .getList("work", Long.class)).containsExactly(work);
    }

    private static long balance(String customer) {
        return api(customer, NEW_CUSTOMER_PASSWORD).get("/me/points").then().extract().jsonPath().getLong("balance");
    }

    private void logIn(String customer) {
        browser.logIn(SECURE_SITE + "/account/players.xhtml", customer, NEW_CUSTOMER_PASSWORD);
    }

    private Path downloaded() {
        try (var files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().matches("backbeat-player-[0-9a-f]{8}\\.zip"))
                    .findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static org.bouncycastle.openpgp.PGPSecretKeyRing secretKeyIn(byte[] zip) throws Exception {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("backbeat-player-key.asc")) {
                    return PlayerKeys.readSecret(new ByteArrayInputStream(in.readAllBytes()));
                }
            }
        }
        throw new AssertionError("The zip holds no backbeat-player-key.asc");
    }
}
