package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer's points page: the balance, the music bought and every movement, as the ledger has them. */
class PointsPageIT extends SystemTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theCustomerSeesBalanceMusicAndMovements() {
        long work = workId("Platform 9");
        api(CUSTOMER, CUSTOMER_PASSWORD).contentType("application/json")
                .header("Idempotency-Key", key()).body(Map.of("work", work))
                .post("/purchases").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        long balance = api(CUSTOMER, CUSTOMER_PASSWORD).get("/me/points").then().extract().jsonPath()
                .getLong("balance");

        browser.open(SITE + "/account/points.xhtml");
        browser.type("#j_username", CUSTOMER);
        browser.type("#j_password", CUSTOMER_PASSWORD);
        browser.find("form.login button").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/account/points.xhtml"));

        assertThat(browser.find("#balance").getText()).isEqualTo(String.format(java.util.Locale.ENGLISH,
                "%,d points", balance));
        assertThat(browser.find("[id='licences']").getText()).contains("Platform 9");
        assertThat(browser.find("[id='movements']").getText()).contains("Gift from Backbeat", "+1,000", "Purchase");
        browser.screenshot("points");
    }

    @Test
    void pointsAreOnlyACustomersPage() {
        site().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).get("/account/points.xhtml").then().statusCode(403);
        site().get("/account/points.xhtml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("j_security_check"));
    }
}
