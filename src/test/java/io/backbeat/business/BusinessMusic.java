package io.backbeat.business;

import io.backbeat.SystemTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** What the business music system tests share: a venue manager of their own and the requests they make. */
abstract class BusinessMusic extends SystemTest {

    static final String ENTERPRISE = "enterprise@backbeat.demo";
    static final String ENTERPRISE_PASSWORD = "demo-enterprise";

    /** A new customer who opened an organisation, with {@code bundle} points bought by card (0: none). */
    static String newManager(int bundle) {
        String email = newCustomer();
        if (bundle > 0) {
            as(email).contentType("application/json").header("Idempotency-Key", key())
                    .body(Map.of("bundle", bundle, "card", card("4242 4242 4242 4242"))).post("/points/top-ups")
                    .then().statusCode(201);
        }
        as(email).contentType("application/json").body(Map.of("name", "Org of " + email))
                .post("/me/organisation").then().statusCode(201);
        return email;
    }

    /** Signed in as this account, whose password is {@link #NEW_CUSTOMER_PASSWORD}. */
    static RequestSpecification as(String email) {
        return api(email, NEW_CUSTOMER_PASSWORD);
    }

    static RequestSpecification json(RequestSpecification as) {
        return as.contentType("application/json");
    }

    static long venue(String manager, String timeZone) {
        return json(as(manager)).body(Map.of("name", "Venue in " + timeZone, "city", "Somewhere", "country", "DE",
                "timeZone", timeZone)).post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long rotation(String manager, String name, List<String> genres, Map<String, Object> rules) {
        var body = new java.util.HashMap<String, Object>(rules);
        body.put("name", name);
        body.put("kind", "ROTATION");
        body.put("genres", genres);
        return json(as(manager)).body(body).post("/programmes").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static long zone(String manager, long venue, String name) {
        return json(as(manager)).header("Idempotency-Key", key()).body(Map.of("name", name))
                .post("/venues/" + venue + "/zones").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> daypart(List<String> days, String start, String end, long programme) {
        return Map.of("days", days, "start", start, "end", end, "programme", programme);
    }

    static long balance(RequestSpecification as) {
        return as.get("/me/points").then().statusCode(200).extract().jsonPath().getLong("balance");
    }
}
