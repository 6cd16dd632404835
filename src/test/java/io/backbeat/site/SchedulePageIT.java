package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A venue manager plans a zone's evenings in the schedule editor, is warned of dead air, and cannot overlap them; and
 * adds and removes special days.
 */
class SchedulePageIT extends SystemTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aManagerPlansEveningsSeesTheDeadAirWarningAndCannotOverlapThem() {
        String manager = newCustomer();
        as(manager).header("Idempotency-Key", key()).body(Map.of("bundle", 500, "card", card("4242 4242 4242 4242")))
                .post("/points/top-ups").then().statusCode(201);
        as(manager).body(Map.of("name", "Patio Bar")).post("/me/organisation").then().statusCode(201);
        long venue = as(manager).body(Map.of("name", "Patio Bar", "city", "Lisbon", "country", "PT", "timeZone",
                "Europe/Lisbon")).post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long polka = as(manager).body(Map.of("name", "Polka", "kind", "ROTATION", "genres", List.of("Polka")))
                .post("/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
        long zone = as(manager).header("Idempotency-Key", key()).body(Map.of("name", "Patio"))
                .post("/venues/" + venue + "/zones").then().statusCode(201).extract().jsonPath().getLong("id");

        browser.logIn(SITE + "/business/schedule.xhtml?zone=" + zone, manager, NEW_CUSTOMER_PASSWORD);
        assertThat(browser.text()).contains("Schedule: Patio", "No dayparts");

        addDaypart(0, List.of(0, 1), "18:00", "23:00");
        browser.find("[id='dayparts:save']").click();
        browser.waitFor(d -> browser.text().contains("The schedule of Patio is saved."));
        assertThat(browser.text()).contains("Dead air", "Programme \"Polka\" leaves");
        assertThat(browser.find("#week").getText()).contains("P");
        browser.screenshot("schedule");

        JsonPath saved = schedule(manager, zone);
        assertThat(saved.getList("dayparts.days")).containsExactly(List.of("MONDAY", "TUESDAY"));
        assertThat(saved.getString("dayparts[0].start")).isEqualTo("18:00");
        assertThat(saved.getString("dayparts[0].end")).isEqualTo("23:00");
        assertThat(saved.getLong("dayparts[0].programme")).isEqualTo(polka);

        addDaypart(1, List.of(0), "20:00", "22:00");
        browser.find("[id='dayparts:save']").click();
        browser.waitFor(d -> browser.find("#messages").getText().toLowerCase().contains("overlap"));
        assertThat(schedule(manager, zone).getList("dayparts")).hasSize(1);
    }

    @Test
    void aManagerAddsASilentHolidayAndAProgrammedDayAndRemovesOne() {
        String manager = newCustomer();
        as(manager).header("Idempotency-Key", key()).body(Map.of("bundle", 500, "card", card("4242 4242 4242 4242")))
                .post("/points/top-ups").then().statusCode(201);
        as(manager).body(Map.of("name", "Harbour Inn")).post("/me/organisation").then().statusCode(201);
        long venue = as(manager).body(Map.of("name", "Harbour Inn", "city", "Porto", "country", "PT", "timeZone",
                "Europe/Lisbon")).post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
        long shanties = as(manager).body(Map.of("name", "Shanties", "kind", "ROTATION", "genres", List.of("Sea")))
                .post("/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
        long zone = as(manager).header("Idempotency-Key", key()).body(Map.of("name", "Bar"))
                .post("/venues/" + venue + "/zones").then().statusCode(201).extract().jsonPath().getLong("id");
        String christmas = LocalDate.now().plusDays(1).toString();
        String festival = LocalDate.now().plusDays(2).toString();
        String festivalEnd = LocalDate.now().plusDays(3).toString();

        browser.logIn(SITE + "/business/schedule.xhtml?zone=" + zone, manager, NEW_CUSTOMER_PASSWORD);
        assertThat(browser.text()).contains("Special days", "No special days.");

        addSpecialDay(christmas, "", "Silence");
        browser.waitFor(d -> browser.text().contains("The special days of Bar are saved."));
        addSpecialDay(festival, festivalEnd, "Shanties");
        browser.waitFor(d -> browser.find("[id='special:days']").getText().contains(festivalEnd));
        assertThat(browser.find("[id='special:days']").getText()).contains(christmas, "Silence", festival,
                "Shanties");
        assertThat(browser.text()).as("the new special days' dead air is warned of at once")
                .contains("Programme \"Shanties\" leaves");
        var exceptions = schedule(manager, zone).getList("exceptions", Map.class);
        assertThat(exceptions).extracting(e -> e.get("first"), e -> e.get("last"), e -> e.get("programme"))
                .containsExactly(tuple(christmas, christmas, null), tuple(festival, festivalEnd, (int) shanties));

        addSpecialDay(festivalEnd, "", "Silence");
        browser.waitFor(d -> browser.find("#messages").getText().toLowerCase().contains("overlap"));
        assertThat(schedule(manager, zone).getList("exceptions")).as("nothing changed").hasSize(2);

        browser.find("[id='special:days:0:remove']").click();
        browser.waitFor(d -> !browser.find("[id='special:days']").getText().contains(christmas));
        assertThat(schedule(manager, zone).getList("exceptions.first")).containsExactly(festival);
    }

    /** Types the special day's dates (an empty last: one day) and picks what it plays, then adds it. */
    private void addSpecialDay(String first, String last, String plays) {
        browser.script("document.getElementById('special:first').value = arguments[0];"
                + "document.getElementById('special:last').value = arguments[1];", first, last);
        browser.find("[id='special:programme']").click();
        browser.find("[id='special:programme_panel'] li[data-label='" + plays + "']").click();
        browser.find("[id='special:add']").click();
    }

    /** Adds a row, ticks its weekdays (0 Monday) and types its times. */
    private void addDaypart(int row, List<Integer> days, String start, String end) {
        browser.find("[id='dayparts:add']").click();
        String prefix = "dayparts:rows:" + row + ":";
        browser.waitFor(d -> !browser.all("[id='" + prefix + "start']").isEmpty());
        for (int day : days) {
            browser.find("label[for='" + prefix + "days:" + day + "']").click();
        }
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", prefix + "start", start);
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", prefix + "end", end);
    }

    private static JsonPath schedule(String manager, long zone) {
        return api(manager, NEW_CUSTOMER_PASSWORD).get("/zones/" + zone + "/schedule").then().statusCode(200)
                .extract().jsonPath();
    }

    private static RequestSpecification as(String manager) {
        return api(manager, NEW_CUSTOMER_PASSWORD).contentType("application/json");
    }
}
