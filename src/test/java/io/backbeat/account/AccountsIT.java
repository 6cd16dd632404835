package io.backbeat.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.backbeat.SystemTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sign-up, profiles and musician accounts through the API; every refusal is specific and stores nothing. */
class AccountsIT extends SystemTest {

    private static final String PASSWORD = "correct horse battery";

    private static Map<String, Object> signUp(String email) {
        var body = new HashMap<String, Object>();
        body.put("email", email);
        body.put("name", "Ada Lovelace");
        body.put("password", PASSWORD);
        body.put("street", "12 St James's Square");
        body.put("postalCode", "SW1Y 4JH");
        body.put("city", "London");
        body.put("country", "GB");
        body.put("phone", "+44 20 7946 0000");
        return body;
    }

    private static String newEmail() {
        return "ada-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void aNewCustomerSignsUpAndLogsInWithTheSameIdentityOnTheApi() {
        String email = newEmail();
        api().contentType("application/json").body(signUp(email)).post("/accounts").then().statusCode(201)
                .body("email", equalTo(email)).body("roles", equalTo(List.of("CUSTOMER")));
        api(email, PASSWORD).get("/me").then().statusCode(200)
                .body("city", equalTo("London")).body("country", equalTo("GB")).body("artist", nullValue());
    }

    @Test
    void aTakenEmailIsRefusedWhateverItsCase() {
        String email = newEmail();
        api().contentType("application/json").body(signUp(email)).post("/accounts").then().statusCode(201);
        api().contentType("application/json").body(signUp(email.toUpperCase())).post("/accounts").then()
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("already exists"));
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndNothingIsStored() {
        String email = newEmail();
        var bad = signUp(email);
        bad.put("name", "x".repeat(121));
        bad.put("country", "Narnia");
        api().contentType("application/json").body(bad).post("/accounts").then().statusCode(400)
                .body("fields", hasKey("name")).body("fields.country", equalTo("Choose a country."));
        api(email, PASSWORD).get("/me").then().statusCode(401);

        var notAnEmail = signUp("not-an-address");
        api().contentType("application/json").body(notAnEmail).post("/accounts").then().statusCode(400)
                .body("fields.email", equalTo("This is not an e-mail address."));
    }

    @Test
    void weakPasswordsAreRefusedWithTheRule() {
        for (String weak : new String[] {"short", "password123", "aaaaaaaaaaaa"}) {
            var body = signUp(newEmail());
            body.put("password", weak);
            api().contentType("application/json").body(body).post("/accounts").then().statusCode(400)
                    .body("field", equalTo("password"));
        }
    }

    @Test
    void markupInANameIsStoredAsTextAndReturnedAsText() {
        String email = newEmail();
        var body = signUp(email);
        body.put("name", "<script>alert('x')</script>");
        api().contentType("application/json").body(body).post("/accounts").then().statusCode(201);
        api(email, PASSWORD).get("/me").then().body("name", equalTo("<script>alert('x')</script>"));
    }

    @Test
    void aCustomerEditsTheirDetailsButNotTheirEmail() {
        String email = newEmail();
        api().contentType("application/json").body(signUp(email)).post("/accounts").then().statusCode(201);
        var change = signUp("someone-else@example.org");
        change.put("city", "Oxford");
        api(email, PASSWORD).contentType("application/json").body(change).put("/me").then().statusCode(200)
                .body("city", equalTo("Oxford")).body("email", equalTo(email));
        change.put("phone", "call me maybe");
        api(email, PASSWORD).contentType("application/json").body(change).put("/me").then().statusCode(400)
                .body("fields", hasKey("phone"));
        api(email, PASSWORD).get("/me").then().body("phone", equalTo("+44 20 7946 0000"));
    }

    @Test
    void aCustomerOpensOneMusicianAccountAndGetsTheRole() {
        String email = newEmail();
        api().contentType("application/json").body(signUp(email)).post("/accounts").then().statusCode(201);
        var artist = Map.of("name", "The Analytical Engines", "band", true, "genre", "Electronic", "bio", "Bernoulli");
        api(email, PASSWORD).contentType("application/json").body(artist).post("/me/musician").then()
                .statusCode(201).body("roles", equalTo(List.of("CUSTOMER", "MUSICIAN")))
                .body("artist.name", equalTo("The Analytical Engines"));
        api(email, PASSWORD).contentType("application/json").body(artist).post("/me/musician").then()
                .statusCode(409).body("detail", containsString("The Analytical Engines"));
    }

    @Test
    void whoMayCallWhat() {
        api().contentType("application/json").body(Map.of("name", "x")).post("/me/musician").then().statusCode(401);
        api().contentType("application/json").body(Map.of()).put("/me").then().statusCode(401);
        asAdmin().contentType("application/json").body(Map.of("name", "Admin Band"))
                .post("/me/musician").then().statusCode(403);
        asAdmin().get("/me").then().statusCode(200).body("roles", equalTo(List.of("ADMIN")));
        api().get("/catalog/works").then().statusCode(200);
        api(CUSTOMER, CUSTOMER_PASSWORD).get("/catalog/works").then().statusCode(200);
    }
}
