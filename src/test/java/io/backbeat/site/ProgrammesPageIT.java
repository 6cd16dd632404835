package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A venue manager makes a rotation on the programmes page, is refused a rule out of range beside its field with
 * nothing changed, turns it into a playlist of searched works in their order, and deletes it.
 */
class ProgrammesPageIT extends SystemTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aManagerMakesARotationIsRefusedABadRuleTurnsItIntoAPlaylistAndDeletesIt() {
        String manager = newCustomer();
        as(manager).body(Map.of("name", "Corner Shop")).post("/me/organisation").then().statusCode(201);

        browser.logIn(SITE + "/business/programmes.xhtml", manager, NEW_CUSTOMER_PASSWORD);
        assertThat(browser.text()).contains("Programmes", "No programmes yet.", "New programme");

        browser.type("[id='programme:name']", "Lounge");
        browser.find("[id='programme:genres_input']").sendKeys("Jazz", Keys.ENTER);
        setNumber("noRepeatMinutes", "60");
        browser.find("[id='programme:save']").click();
        browser.waitFor(d -> browser.text().contains("The programme Lounge is saved."));
        assertThat(browser.find("[id='list:programmes']").getText()).contains("Lounge", "Rotation", "Jazz");
        JsonPath saved = programmes(manager);
        assertThat(saved.getList("name")).containsExactly("Lounge");
        assertThat(saved.getList("genres")).containsExactly(List.of("Jazz"));
        assertThat(saved.getInt("[0].noRepeatMinutes")).isEqualTo(60);

        setNumber("noRepeatMinutes", "5000");
        browser.find("[id='programme:save']").click();
        String refusal = "Between 0 (no such rule) and 1440 minutes, not 5000.";
        browser.waitFor(d -> fieldText("noRepeatMinutes").contains(refusal));
        assertThat(programmes(manager).getInt("[0].noRepeatMinutes")).as("nothing changed").isEqualTo(60);

        browser.find("[id='list:programmes:0:edit']").click();
        browser.waitFor(d -> browser.find("[id='programme:noRepeatMinutes']").getAttribute("value").equals("60"));
        browser.find("label[for='programme:kind:1']").click();
        browser.waitFor(d -> browser.text().contains("The playlist is empty"));
        addFound("Room Tone");
        addFound("Platform 9");
        browser.find("[id='programme:works:1:up']").click();
        browser.waitFor(d -> browser.all(".playlist-work").get(0).getText().startsWith("Platform 9"));
        browser.find("[id='programme:save']").click();
        browser.waitFor(d -> browser.find("[id='list:programmes']").getText().contains("2 works in order"));
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("programmes");
        JsonPath fixed = programmes(manager);
        assertThat(fixed.getString("[0].kind")).isEqualTo("FIXED");
        assertThat(fixed.getList("[0].works", Long.class)).containsExactly(workId("Platform 9"),
                workId("Room Tone"));
        assertThat(fixed.getList("[0].genres")).isEmpty();

        browser.find("[id='list:programmes:0:delete']").click();
        browser.waitFor(d -> browser.text().contains("The programme Lounge is deleted."));
        assertThat(browser.find("[id='list:programmes']").getText()).contains("No programmes yet.");
        assertThat(programmes(manager).getList("$")).isEmpty();
    }

    /** Searches the catalogue for the title and adds the work to the playlist. */
    private void addFound(String title) {
        int before = browser.all(".playlist-work").size();
        browser.find("[id='programme:search']").clear();
        browser.type("[id='programme:search']", title);
        browser.find("[id='programme:find']").click();
        browser.waitFor(d -> browser.find("[id='programme:results']").getText().contains(title));
        browser.all("[id='programme:results'] tbody tr").stream().filter(row -> row.getText().startsWith(title))
                .findFirst().orElseThrow().findElement(By.cssSelector("button.add")).click();
        browser.waitFor(d -> browser.all(".playlist-work").size() == before + 1);
    }

    private void setNumber(String field, String value) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", "programme:" + field, value);
    }

    /** What the field's row of the form shows: its label, input and message. */
    private String fieldText(String field) {
        return (String) browser.script("return document.getElementById(arguments[0]).parentElement.innerText;",
                "programme:" + field);
    }

    private static JsonPath programmes(String manager) {
        return api(manager, NEW_CUSTOMER_PASSWORD).get("/programmes").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification as(String manager) {
        return api(manager, NEW_CUSTOMER_PASSWORD).contentType("application/json");
    }
}
