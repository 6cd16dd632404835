package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.backbeat.delivery.StreamTicket;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo venue manager's dashboard: the café's zones, one of them online, and a pause and a volume that reach its
 * player.
 */
class DashboardPageIT extends SystemTest {

    private static final String ENTERPRISE = "enterprise@backbeat.demo";
    private static final String PASSWORD = "demo-enterprise";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theDemoManagerSeesTheZonesAndPausesAndTurnsDownTheLobby() {
        long venue = enterprise().get("/venues").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Backbeat Café' }.id");
        long lobby = enterprise().get("/venues/" + venue + "/zones").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Lobby' }.id");
        TestPlayer player = registerPlayer(ENTERPRISE, PASSWORD, TestPlayer.newKeys());
        bind(lobby, player.id());
        try {
            beat(player, lobby, List.of());

            browser.logIn(SITE + "/business/dashboard.xhtml", ENTERPRISE, PASSWORD);
            assertThat(browser.find("#nav-dashboard").getText()).isEqualTo("Dashboard");
            String page = browser.text();
            assertThat(page).contains("Backbeat Café", "Lobby", "Elevator", "Online", "Offline", "Platform 9");
            browser.screenshot("dashboard");

            browser.all("button.pause").get(0).click();
            browser.waitFor(d -> browser.text().contains("Lobby will pause."));
            browser.waitFor(d -> browser.text().contains("commands waiting for the player: 1"));
            browser.script("arguments[0].value = '35';", browser.all("input[type=hidden][id$=':volume']").get(0));
            browser.all("button.set-volume").get(0).click();
            browser.waitFor(d -> browser.text().contains("Lobby will play at volume 35."));

            JsonPath answer = beat(player, lobby, List.of());
            assertThat(answer.getList("commands.action")).containsExactly("PAUSE", "VOLUME");
            assertThat(answer.getList("commands.volume")).containsExactly(null, 35);
            beat(player, lobby, answer.getList("commands.id", Long.class));
        } finally {
            bind(lobby, null);
            enterprise().post("/me/players/" + player.id() + "/revoke").then().statusCode(200);
        }
    }

    private static RequestSpecification enterprise() {
        return api(ENTERPRISE, PASSWORD);
    }

    /** The demo zones are unbound; this test lends the Lobby a player of its own and gives it back after. */
    private static void bind(long zone, Long player) {
        var details = new HashMap<String, Object>();
        details.put("name", "Lobby");
        details.put("player", player);
        enterprise().contentType("application/json").body(details).put("/zones/" + zone).then().statusCode(200);
    }

    private static JsonPath beat(TestPlayer player, long zone, List<Long> acknowledged) {
        return api().header(StreamTicket.HEADER, player.zoneTicket(zone)).contentType("application/json")
                .body(Map.of("work", workId("Platform 9"), "positionMs", 4000, "paused", false, "volume", 70,
                        "acknowledged", acknowledged))
                .post("/zones/" + zone + "/heartbeat").then().statusCode(200).extract().jsonPath();
    }
}
