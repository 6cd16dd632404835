package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import io.backbeat.media.Masters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The musician's upload page and the administrator's failed-uploads page in a real headless Chromium: a master
 * dropped on the form goes through the pipeline while the page watches, without a reload.
 */
class UploadPagesIT extends SystemTest {

    private static final Duration PIPELINE = Duration.ofSeconds(90);
    private static final Random FREQUENCIES = new Random();

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path folder;

    @Test
    void aMusicianUploadsAMasterAndWatchesItGoOnSale() {
        String name = "harbour-" + UUID.randomUUID() + ".mp3";
        Path master = Masters.tone(folder, name, frequency(), 35, "-c:a", "libmp3lame", "-b:a", "192k",
                "-metadata", "title=Harbour Lights", "-metadata", "artist=The Demo Tapes");
        logIn(MUSICIAN, MUSICIAN_PASSWORD);
        browser.find("#nav-uploads").click();
        fill("Harbour Lights", "Night Shifts", "3", "Ambient", "2026", "12");
        browser.find("[id='upload:licensedForBusiness'] .ui-toggleswitch-slider").click();
        browser.script("window.sameDocument = true");

        browser.find("[id='upload:master_input']").sendKeys(master.toString());
        browser.waitFor(d -> d.findElement(By.id("messages")).getText().contains("\"Harbour Lights\" is uploaded"));
        browser.waitFor(PIPELINE, d -> "AVAILABLE".equals(state(name)));
        assertThat(browser.script("return window.sameDocument === true")).as("the page was not reloaded")
                .isEqualTo(true);
        assertThat(browser.find("[id='upload:title']").getAttribute("value")).as("ready for the next track").isEmpty();
        assertThat(browser.find("[id='upload:album']").getAttribute("value")).isEqualTo("Night Shifts");

        row(name).findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement report = browser.find(".qa-report");
        assertThat(report.findElement(By.cssSelector(".qa-duration")).getText()).startsWith("0:35");
        assertThat(report.findElement(By.cssSelector(".qa-sample-rate")).getText()).isEqualTo("44.1 kHz");
        assertThat(report.findElement(By.cssSelector(".qa-channels")).getText()).isEqualTo("2");
        assertThat(report.findElement(By.cssSelector(".qa-bit-rate")).getText()).matches("19\\d\\.\\d kb/s");
        assertThat(report.findElement(By.cssSelector(".qa-peak")).getText()).matches("-\\d+\\.\\d dBFS");
        assertThat(report.findElement(By.cssSelector(".qa-true-peak")).getText()).matches("-\\d+\\.\\d dBTP");
        assertThat(report.findElement(By.cssSelector(".qa-loudness")).getText()).matches("-\\d+\\.\\d LUFS");
        assertThat(report.findElement(By.cssSelector(".qa-decode-errors")).getText()).isEqualTo("0");
        assertThat(report.findElement(By.cssSelector(".qa-tags")).getText()).contains("Harbour Lights");
        browser.waitFor(d -> ((Number) browser.script(
                "var img = document.querySelector('.qa-report img.waveform');"
                        + " return img && img.complete ? img.naturalWidth : 0;")).longValue() > 0);
        browser.script("arguments[0].scrollIntoView()", browser.find("[id='list:uploads']"));
        browser.screenshot("upload");

        api(MUSICIAN, MUSICIAN_PASSWORD).get("/uploads").then().statusCode(200)
                .body("find { it.fileName == '" + name + "' }.state", org.hamcrest.Matchers.equalTo("AVAILABLE"));

        browser.type("[id='upload:title']", "Harbour Lights Again");
        browser.find("[id='upload:master_input']").sendKeys(master.toString());
        browser.waitFor(d -> d.findElement(By.id("messages")).getText()
                .contains("This file was already uploaded as \"Harbour Lights\""));
    }

    @Test
    void aFileThatIsNotAudioAndAMasterTooShortAreRejectedWithTheirReasons() throws IOException {
        String text = "letter-" + UUID.randomUUID() + ".mp3";
        Files.writeString(folder.resolve(text), "Dear Backbeat, this is a letter, not a song. ".repeat(2000));
        String shortName = "jingle-" + UUID.randomUUID() + ".mp3";
        Path jingle = Masters.tone(folder, shortName, frequency(), 10, "-c:a", "libmp3lame", "-b:a", "192k");
        logIn(MUSICIAN, MUSICIAN_PASSWORD);
        browser.open(SITE + "/account/uploads.xhtml");

        fill("A Letter", "", "", "Spoken Word", "", "1");
        browser.find("[id='upload:master_input']").sendKeys(folder.resolve(text).toString());
        browser.waitFor(PIPELINE, d -> "REJECTED".equals(state(text)));
        assertThat(row(text).findElement(By.cssSelector(".reason")).getText()).isNotBlank();

        fill("A Jingle", "", "", "Pop", "", "1");
        browser.find("[id='upload:master_input']").sendKeys(jingle.toString());
        browser.waitFor(PIPELINE, d -> "REJECTED".equals(state(shortName)));
        assertThat(row(shortName).findElement(By.cssSelector(".reason")).getText())
                .startsWith("Too short").contains("30 seconds");
        browser.script("arguments[0].scrollIntoView()", browser.find("[id='list:uploads']"));
        browser.screenshot("upload-rejected");
    }

    @Test
    void aMissingTitleIsShownBesideTheFieldAndNothingIsUploaded() {
        String name = "untitled-" + UUID.randomUUID() + ".mp3";
        Path master = Masters.tone(folder, name, frequency(), 35, "-c:a", "libmp3lame", "-b:a", "192k");
        logIn(MUSICIAN, MUSICIAN_PASSWORD);
        browser.open(SITE + "/account/uploads.xhtml");
        int before = uploads();

        fill("", "", "", "Indie", "", "");
        browser.find("[id='upload:master_input']").sendKeys(master.toString());
        assertThat(browser.find("[id='upload:title-message'].ui-message-error").getText()).isEqualTo("Give the title.");
        assertThat(browser.find("[id='upload:pricePoints-message'].ui-message-error").getText())
                .isEqualTo("Give the price in points.");
        assertThat(browser.all("[id='list:uploads_data'] .file-name")).extracting(WebElement::getText)
                .doesNotContain(name);
        assertThat(uploads()).isEqualTo(before);
        browser.screenshot("upload-missing-title");
    }

    @Test
    void anAdministratorSeesTheFailedUploads() {
        logIn(ADMIN, ADMIN_PASSWORD);
        browser.find("#nav-admin-uploads").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Failed uploads");
        int failed = asAdmin().get("/admin/uploads/failed").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
        if (failed == 0) {
            assertThat(browser.find("[id='failed:uploads']").getText()).contains("No upload has failed.");
        } else {
            assertThat(browser.all("[id='failed:uploads_data'] button[id$='retry']")).hasSize(failed);
        }
        assertThat(browser.all("#nav-uploads")).as("an administrator is no musician").isEmpty();
        browser.screenshot("admin-uploads");
    }

    @Test
    void aCustomerIsKeptOutOfBothPages() {
        site().auth().preemptive().basic(CUSTOMER, CUSTOMER_PASSWORD).get("/account/uploads.xhtml").then()
                .statusCode(403);
        site().auth().preemptive().basic(CUSTOMER, CUSTOMER_PASSWORD).get("/admin/uploads.xhtml").then()
                .statusCode(403);
        site().auth().preemptive().basic(MUSICIAN, MUSICIAN_PASSWORD).get("/admin/uploads.xhtml").then()
                .statusCode(403);

        logIn(CUSTOMER, CUSTOMER_PASSWORD);
        assertThat(browser.all("#nav-uploads")).isEmpty();
        assertThat(browser.all("#nav-admin-uploads")).isEmpty();
        browser.open(SITE + "/account/uploads.xhtml");
        assertThat(browser.all("[id='upload:master_input']")).isEmpty();
    }

    private void logIn(String email, String password) {
        browser.logIn(SITE + "/account/profile.xhtml", email, password);
    }

    private void fill(String title, String album, String track, String genre, String year, String price) {
        browser.type("[id='upload:title']", title);
        browser.type("[id='upload:album']", album);
        browser.type("[id='upload:trackNumber']", track);
        browser.type("[id='upload:genre']", genre);
        browser.type("[id='upload:year']", year);
        browser.type("[id='upload:pricePoints']", price);
    }

    /** The row of the upload with this file name; the list re-renders while it is watched, so find it afresh. */
    private WebElement row(String fileName) {
        return browser.waitFor(d -> d.findElements(By.cssSelector("[id='list:uploads_data'] > tr[data-ri]")).stream()
                .filter(row -> row.findElement(By.cssSelector(".file-name")).getText().equals(fileName))
                .findFirst().orElse(null));
    }

    private String state(String fileName) {
        return row(fileName).findElement(By.cssSelector(".state")).getAttribute("data-state");
    }

    private static int uploads() {
        return api(MUSICIAN, MUSICIAN_PASSWORD).get("/uploads").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }

    /** Every master's bytes differ, so none is refused as already uploaded. */
    private static double frequency() {
        return 200 + FREQUENCIES.nextInt(40_000) / 100.0;
    }
}
