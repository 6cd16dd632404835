package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer's points page (HTTPS only): the balance, the music bought and every movement, as the ledger has them,
 * and the card form that buys more, with each refusal named and nothing changed.
 */
class PointsPageIT extends SystemTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theCustomerSeesBalanceMusicAndMovements() {
        long work = workId("Platform 9");
        playerOf(CUSTOMER, CUSTOMER_PASSWORD);
        api(CUSTOMER, CUSTOMER_PASSWORD).contentType("application/json")
                .header("Idempotency-Key", key()).body(Map.of("work", work))
                .post("/purchases").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        long balance = api(CUSTOMER, CUSTOMER_PASSWORD).get("/me/points").then().extract().jsonPath()
                .getLong("balance");

        browser.logIn(SITE + "/account/points.xhtml", CUSTOMER, CUSTOMER_PASSWORD);

        assertThat(browser.find("#balance").getText()).isEqualTo(String.format(java.util.Locale.ENGLISH,
                "%,d points", balance));
        assertThat(browser.find("[id='licences']").getText()).contains("Platform 9");
        assertThat(browser.find("[id='movements']").getText()).contains("Gift from Backbeat", "+1,000", "Purchase");
        browser.screenshot("points");
    }

    @Test
    void pointsAreOnlyACustomersPage() {
        secureSite().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).get("/account/points.xhtml").then()
                .statusCode(403);
        secureSite().get("/account/points.xhtml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("j_security_check"));
    }

    @Test
    void thePageWithTheCardFormIsServedOnHttpsOnly() {
        site().redirects().follow(false).get("/account/points.xhtml").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.startsWith(SECURE_SITE + "/account/points.xhtml"));
        String customer = newCustomer();
        browser.logIn(SITE + "/account/points.xhtml", customer, NEW_CUSTOMER_PASSWORD);
        assertThat(browser.url()).startsWith(SECURE_SITE + "/account/points.xhtml");
    }

    @Test
    void anApprovedCardBuysTheBundleAndTheBalanceRises() {
        String customer = newCustomer();
        browser.logIn(SECURE_SITE + "/account/points.xhtml", customer, NEW_CUSTOMER_PASSWORD);
        assertThat(browser.find("#balance").getText()).isEqualTo("0 points");

        payWith("4242 4242 4242 4242");

        browser.waitFor(d -> browser.text().contains("You bought 500 points with the visa card ending 4242. "
                + "You now hold 500 points."));
        assertThat(browser.find("#balance").getText()).isEqualTo("500 points");
        assertThat(browser.find("[id='movements']").getText()).contains("Points bought", "+500");
        assertThat(balance(customer)).isEqualTo(500);
        assertThat(browser.all("[id='topUp:pay']")).as("the form gives way to the receipt").isEmpty();
        browser.screenshot("points-bought");
    }

    @Test
    void eachRefusedOrMistypedCardIsNamedAndNothingChanges() {
        String customer = newCustomer();
        browser.logIn(SECURE_SITE + "/account/points.xhtml", customer, NEW_CUSTOMER_PASSWORD);

        payWith("4000 0000 0000 0002");
        browser.waitFor(d -> browser.text().contains("The card was declined. Try another card, or ask the bank why."));
        assertThat(browser.find("#balance").getText()).isEqualTo("0 points");
        assertThat(browser.find("[id='topUp:number']").getAttribute("value")).as("never kept").isEmpty();

        payWith("4242 4242 4242 4241");
        browser.waitFor(d -> browser.text().contains("This card number is mistyped: check its digits."));
        assertThat(browser.find("[id='topUp:number-message']").getText())
                .contains("This card number is mistyped: check its digits.");

        payWith("4000 0000 0000 9995");
        browser.waitFor(d -> browser.text().contains("The card was declined for insufficient funds."));
        payWith("4000 0000 0000 0069");
        browser.waitFor(d -> browser.text().contains("The card has expired."));
        payWith("4000 0000 0000 0119");
        browser.waitFor(d -> browser.text().contains("The payment provider could not process the card just now"));

        assertThat(browser.find("#balance").getText()).isEqualTo("0 points");
        assertThat(balance(customer)).isZero();
        assertThat(api(customer, NEW_CUSTOMER_PASSWORD).get("/me/top-ups").then().extract().jsonPath()
                .getList("$")).isEmpty();
    }

    /** Fills the card form for the 500-point bundle, expiring in three years, and pays. */
    private void payWith(String number) {
        browser.find("[id='topUp:bundle'] .ui-radiobutton-box").click();
        browser.type("[id='topUp:number']", number);
        choose("topUp:expMonth", "12");
        choose("topUp:expYear", String.valueOf(java.time.Year.now().getValue() + 3));
        browser.type("[id='topUp:cvc']", "123");
        browser.find("[id='topUp:pay']").click();
    }

    private void choose(String menu, String label) {
        new Select(browser.find("[id='" + menu + "']")).selectByVisibleText(label);
    }

    private static long balance(String customer) {
        return api(customer, NEW_CUSTOMER_PASSWORD).get("/me/points").then().extract().jsonPath().getLong("balance");
    }
}
