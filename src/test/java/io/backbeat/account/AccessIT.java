package io.backbeat.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.backbeat.SystemTest;
import org.junit.jupiter.api.Test;

/** The site and the API share the accounts in Backbeat's own tables, checked by Elytron. */
class AccessIT extends SystemTest {

    @Test
    void anonymousCallersAreAskedToLogIn() {
        api().get("/admin/probes")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType(startsWith("application/problem+json"));
        api().get("/me").then().statusCode(401);
    }

    @Test
    void aWrongPasswordIsNotALogin() {
        api(ADMIN, "not-the-password").get("/me").then().statusCode(401);
    }

    @Test
    void rolesComeFromTheAccountTables() {
        api(MUSICIAN, MUSICIAN_PASSWORD).get("/me")
                .then().statusCode(200)
                .body("email", equalTo(MUSICIAN))
                .body("roles", contains("CUSTOMER", "MUSICIAN"));
    }

    @Test
    void onlyAdministratorsMayProbeThePipeline() {
        api(CUSTOMER, CUSTOMER_PASSWORD).get("/admin/probes").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        api(MUSICIAN, MUSICIAN_PASSWORD).get("/admin/probes").then().statusCode(403);
        asAdmin().get("/admin/probes").then().statusCode(200);
    }

    @Test
    void theSiteAsksForItsLoginFormAndAcceptsTheSameAccounts() {
        site().redirects().follow(false).get("/account/profile.xhtml")
                .then().statusCode(200).body(containsString("j_security_check"));
    }
}
