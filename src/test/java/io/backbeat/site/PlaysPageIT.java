package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.backbeat.business.PlayLogs;
import io.backbeat.business.SignedPlay;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * A venue manager's play report: the plays a zone's player uploaded show in the chart and the table, one day is
 * charted by hour, and the CSV download holds the same plays.
 */
class PlaysPageIT extends SystemTest {

    /** An hour ago, so the whole log lies in the past and in the report that ends today. */
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));

    @RegisterExtension
    final Browser browser = new Browser();

    /** A new manager's venue whose zone's player uploaded a log: Room Tone, Platform 9, Room Tone. */
    private record Uploaded(String manager, long venue, String venueName) {

        static Uploaded aLog() {
            String manager = newCustomer();
            as(manager).header("Idempotency-Key", key())
                    .body(Map.of("bundle", 3000, "card", card("4242 4242 4242 4242"))).post("/points/top-ups").then()
                    .statusCode(201);
            as(manager).body(Map.of("name", "Night Café")).post("/me/organisation").then().statusCode(201);
            String venueName = "Night Café " + UUID.randomUUID().toString().substring(0, 8);
            long venue = as(manager).body(Map.of("name", venueName, "city", "Leipzig", "country", "DE", "timeZone",
                    "Europe/Berlin")).post("/venues").then().statusCode(201).extract().jsonPath().getLong("id");
            TestPlayer player = registerPlayer(manager, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
            long zone = as(manager).header("Idempotency-Key", key()).body(Map.of("name", "Terrace", "player",
                    player.id())).post("/venues/" + venue + "/zones").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            List<SignedPlay> log = PlayLogs.signed(player, zone, player.fingerprint(), BASE,
                    List.of(workId("Room Tone"), workId("Platform 9"), workId("Room Tone")));
            as(manager).body(PlayLogs.batch(player.fingerprint(), log)).post("/zones/" + zone + "/plays").then()
                    .statusCode(200);
            return new Uploaded(manager, venue, venueName);
        }
    }

    @Test
    void theReportShowsTheUploadedPlaysChartsThemAndDownloadsThemAsCsv() throws IOException {
        Uploaded uploaded = Uploaded.aLog();
        String manager = uploaded.manager();
        long venue = uploaded.venue();
        String venueName = uploaded.venueName();

        browser.logIn(SITE + "/business/dashboard.xhtml", manager, NEW_CUSTOMER_PASSWORD);
        browser.find("a.venue-plays").click();
        browser.waitFor(d -> browser.text().contains("Play reports"));
        assertThat(browser.find(".play-count").getText()).startsWith("3 plays from");
        String table = browser.find("[id='report:plays']").getText();
        assertThat(table).contains("Room Tone", "Platform 9", "The Demo Tapes", "Night Transit", "First Takes",
                "Terrace", "Online", "Offline", "2:50");
        assertThat(drawn().stream().mapToInt(Number::intValue).sum()).as("the chart counts every play").isEqualTo(3);
        browser.screenshot("plays");

        String day = LocalDate.ofInstant(BASE, ZoneOffset.UTC).toString();
        browser.script("document.getElementById('period:from').value = arguments[0];"
                + "document.getElementById('period:to').value = arguments[0];", day);
        browser.find("[id='period:show']").click();
        browser.waitFor(d -> browser.text().contains("Plays per hour (UTC)"));
        List<Number> hours = drawn();
        assertThat(hours).hasSize(24);
        assertThat(hours.get(BASE.atZone(ZoneOffset.UTC).getHour()).intValue()).isPositive();

        String dayAfter = LocalDate.parse(day).plusDays(1).toString();
        browser.script("document.getElementById('period:from').value = arguments[0];", dayAfter);
        browser.find("[id='period:show']").click();
        browser.waitFor(d -> browser.find("#messages").getText().contains("The period must start on or before"));
        assertThat(browser.find(".play-count").getText()).as("the last report stays").contains(day + " to " + day);

        browser.find("[id='period:csv']").click();
        Path csv = browser.waitFor(d -> downloaded(venue));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows).extracting(row -> row.get("title")).containsExactly("Room Tone", "Platform 9", "Room Tone");
        assertThat(rows).extracting(row -> row.get("venue")).containsOnly(venueName);
        assertThat(rows.get(0).get("start")).isEqualTo(BASE.toString());
    }

    /** Artists see where their music played: the demo musician's Room Tone, twice at this venue. */
    @Test
    void theArtistSeesOnTheEarningsPageWhereTheMusicPlayed() {
        Uploaded uploaded = Uploaded.aLog();

        browser.logIn(SITE + "/account/earnings.xhtml", MUSICIAN, MUSICIAN_PASSWORD);
        browser.waitFor(d -> browser.text().contains("Where your music played"));
        String here = browser.all("[id='where:played'] tbody tr").stream().map(WebElement::getText)
                .filter(row -> row.contains(uploaded.venueName())).findFirst().orElseThrow();
        assertThat(here).contains(uploaded.venueName() + ", Leipzig", "Room Tone", " 2 ");
        assertThat(browser.find("[id='where:played']").getText()).as("Platform 9 is another artist's")
                .doesNotContain("Platform 9");
    }

    /** The numbers the chart draws, once it is drawn. */
    @SuppressWarnings("unchecked")
    private List<Number> drawn() {
        return (List<Number>) browser.waitFor(d -> browser.script("var chart = Chart.getChart("
                + "document.querySelector(\"[id='report:chart'] canvas\"));"
                + "return chart && chart.canvas.width > 0 ? chart.data.datasets[0].data : null;"));
    }

    private Path downloaded(long venue) {
        try (var files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().matches("backbeat-plays-venue-" + venue + "-.*\\.csv"))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestSpecification as(String manager) {
        return api(manager, NEW_CUSTOMER_PASSWORD).contentType("application/json");
    }
}
