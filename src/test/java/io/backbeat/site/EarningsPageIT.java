package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The musician's earnings page: a sale appears with its split while the page is open, and the chart draws it. */
class EarningsPageIT extends SystemTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path folder;

    @Test
    void theMusicianSeesASaleAppearWithItsSplitAndTheChartDrawsIt() throws Exception {
        long work = uploadedWork(folder, "Earnings Page Song", 415, 30);
        browser.logIn(SITE + "/account/earnings.xhtml", MUSICIAN, MUSICIAN_PASSWORD);
        assertThat(browser.find("#nav-earnings").getText()).isEqualTo("Earnings");
        assertThat(browser.find("[id='live:sales']").getText()).doesNotContain("Earnings Page Song");

        soldToNewCustomer(work);

        // The page is not reloaded: its poll brings the sale in.
        browser.waitFor(Duration.ofSeconds(30), d -> browser.find("[id='live:sales']").getText()
                .contains("Earnings Page Song"));
        String row = browser.find("[id='live:sales'] tbody tr").getText();
        assertThat(row).contains("Earnings Page Song", "+30", "+24", "+3");
        long balance = api(MUSICIAN, MUSICIAN_PASSWORD).get("/me/earnings").then().extract().jsonPath()
                .getLong("balance");
        assertThat(browser.find("#balance").getText()).isEqualTo(String.format(java.util.Locale.ENGLISH,
                "%,d points", balance));

        @SuppressWarnings("unchecked")
        List<Number> drawn = (List<Number>) browser.waitFor(d -> browser.script("var chart = Chart.getChart("
                + "document.querySelector(\"[id='live:chart'] canvas\"));"
                + "return chart && chart.canvas.width > 0 ? chart.data.datasets[0].data : null;"));
        long earned = api(MUSICIAN, MUSICIAN_PASSWORD).get("/me/earnings").then().extract().jsonPath()
                .getLong("earned");
        assertThat(drawn).hasSize(30);
        assertThat(drawn.stream().mapToLong(Number::longValue).sum()).isEqualTo(earned);
        assertThat(drawn.get(29).longValue()).isGreaterThanOrEqualTo(24);
        browser.script("window.scrollTo(0, document.querySelector('.balance').offsetTop - 24)");
        browser.screenshot("earnings");

        browser.find("[id='period:csv']").click();
        Path csv = browser.waitFor(d -> downloaded());
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows.get(rows.size() - 1).get("title")).isEqualTo("Earnings Page Song");
        assertThat(rows.get(rows.size() - 1).get("artist")).isEqualTo("24");
    }

    @Test
    void aBadPeriodIsNamedOnThePageAndTheLastOneStays() {
        browser.logIn(SITE + "/account/earnings.xhtml", MUSICIAN, MUSICIAN_PASSWORD);
        String shown = browser.find("[id='live:summary']").getText();

        browser.script("document.getElementById('period:from').value = '2026-12-05';"
                + "document.getElementById('period:to').value = '2026-12-01';");
        browser.find("[id='period:show']").click();

        browser.waitFor(d -> browser.text().contains("The period must start on or before its last day"));
        assertThat(browser.find("[id='live:summary']").getText()).isEqualTo(shown);
    }

    private Path downloaded() {
        try (var files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().matches("backbeat-earnings-.*\\.csv"))
                    .findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
