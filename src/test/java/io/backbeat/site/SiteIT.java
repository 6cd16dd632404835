package io.backbeat.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.backbeat.Browser;
import io.backbeat.SystemTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The customer's site in a real headless Chromium: every page a customer walks through, with a screenshot each. */
class SiteIT extends SystemTest {

    private static final String PASSWORD = "violet-harbour-27";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theHomePageShowsNewAndPopularWorks() {
        browser.open(SITE + "/");
        assertThat(browser.find("h1").getText()).isEqualTo("Music, straight from the artists");
        assertThat(browser.text()).contains("New on Backbeat", "Popular now");
        assertThat(browser.all("a.card")).hasSizeGreaterThanOrEqualTo(8);
        browser.screenshot("home");
    }

    @Test
    void aVisitorSignsUpAndIsSignedInAtOnce() {
        String email = "site-" + UUID.randomUUID() + "@example.org";
        signUp(email, "Ada <b>Lovelace</b>", PASSWORD);
        browser.waitFor(d -> d.getCurrentUrl().contains("/index.xhtml"));
        assertThat(browser.find(".ui-messages-info").getText())
                .contains("Welcome to Backbeat, Ada <b>Lovelace</b>!");
        assertThat(browser.find("#nav-profile").getText()).isEqualTo(email);
        browser.screenshot("signed-up");

        api(email, PASSWORD).get("/me").then().statusCode(200).body("city", equalTo("Bergen"))
                .body("country", equalTo("NO"));
        browser.find("#nav-profile").click();
        assertThat(browser.find("[id='profile:name']").getAttribute("value")).isEqualTo("Ada <b>Lovelace</b>");
        assertThat(browser.find("[id='profile:city']").getAttribute("value")).isEqualTo("Bergen");
        assertThat(browser.find("[id='profile:country_label']").getText()).isEqualTo("Norway");
    }

    @Test
    void aTakenEmailOrAWeakPasswordIsExplainedOnTheForm() {
        signUp(CUSTOMER, "Someone Else", PASSWORD);
        assertThat(browser.find(".ui-messages-error").getText()).contains(CUSTOMER).containsIgnoringCase("already");
        assertThat(browser.all("#nav-profile")).isEmpty();
        browser.screenshot("signup-email-taken");

        String email = "weak-" + UUID.randomUUID() + "@example.org";
        signUp(email, "Weak Password", "password123");
        assertThat(browser.find(".ui-messages-error").getText()).containsIgnoringCase("password");
        api(email, "password123").get("/me").then().statusCode(401);
    }

    @Test
    void aCustomerLogsInSeesTheProfileAndLogsOut() {
        browser.open(SITE + "/");
        browser.find("#nav-login").click();
        browser.type("#j_username", CUSTOMER);
        browser.type("#j_password", CUSTOMER_PASSWORD);
        browser.find("form.login button").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/account/profile.xhtml"));
        assertThat(browser.find("#nav-profile").getText()).isEqualTo(CUSTOMER);
        assertThat(browser.find("[id='profile:name']").getAttribute("value")).isEqualTo("Demo Customer");
        browser.screenshot("profile");

        browser.find("#logout").click();
        browser.waitFor(d -> !d.findElements(By.id("nav-login")).isEmpty());
        assertThat(browser.all("#nav-profile")).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.open(SITE + "/account/profile.xhtml");
        browser.type("#j_username", CUSTOMER);
        browser.type("#j_password", "not-the-password");
        browser.find("form.login button").click();
        assertThat(browser.find(".login-failed").getText()).isEqualTo("That e-mail and password do not match an account.");
    }

    @Test
    void searchFindsSortsAndLeadsToTheArtist() {
        browser.open(SITE + "/");
        browser.type("#quick-q", "fox\n");
        WebElement table = browser.find("[id='search:results']");
        browser.waitFor(d -> table.getText().contains("Kettle & Fox"));
        assertThat(browser.find("[id='search:q']").getAttribute("value")).isEqualTo("fox");
        assertThat(rows()).isGreaterThanOrEqualTo(1);

        browser.open(SITE + "/search.xhtml");
        browser.type("[id='search:q']", "tra");
        browser.find("[id='search:go']").click();
        browser.waitFor(d -> d.findElement(By.id("search:results")).getText().contains("Night Transit"));

        browser.open(SITE + "/search.xhtml");
        browser.find("[id='search:results'] th.ui-sortable-column").click();
        browser.waitFor(d -> {
            List<String> titles = titles();
            return titles.size() > 5 && titles.equals(titles.stream().sorted(TITLE_ORDER).toList());
        });
        browser.screenshot("search");

        browser.find("[id='search:results'] tbody tr td:nth-child(2) a").click();
        assertThat(browser.find("#artist-name").getText()).isNotBlank();
        browser.screenshot("artist");
    }

    @Test
    void artistsAreListedFromAToZAndByGenre() {
        browser.open(SITE + "/artists.xhtml");
        browser.all("nav.letters a").stream().filter(a -> a.getText().equals("K")).findFirst().orElseThrow().click();
        browser.waitFor(d -> d.getCurrentUrl().contains("letter=K"));
        assertThat(browser.find("main").getText()).contains("Kettle & Fox").doesNotContain("Night Transit");

        browser.all("nav.genres a").stream().filter(a -> a.getText().equals("Jazz")).findFirst().orElseThrow().click();
        browser.waitFor(d -> d.getCurrentUrl().contains("genre=Jazz"));
        assertThat(browser.find("main").getText()).contains("Night Transit").doesNotContain("Kettle & Fox");
        browser.screenshot("artists");
    }

    @Test
    void aCustomerOpensAMusicianAccountAndShowsAPicture() throws IOException {
        String email = "band-" + UUID.randomUUID() + "@example.org";
        signUp(email, "Grace Hopper", PASSWORD);
        browser.waitFor(d -> d.getCurrentUrl().contains("/index.xhtml"));

        String band = "The Compilers " + email.substring(5, 13);
        browser.find("#nav-musician").click();
        browser.type("[id='open:name']", band);
        browser.type("[id='open:genre']", "Electronic");
        browser.type("[id='open:bio']", "Debugging since 1947.");
        browser.find("[id='open:submit']").click();
        assertThat(browser.find(".ui-messages-info").getText()).contains(band).contains("Log out and in again");
        assertThat(browser.find("#artist-page").getText()).isEqualTo(band);

        Path picture = Files.createTempFile("portrait-", ".png");
        var image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff3366);
        ImageIO.write(image, "png", picture.toFile());
        browser.find("[id='edit:picture_input']").sendKeys(picture.toString());
        browser.waitFor(d -> d.findElement(By.cssSelector(".ui-messages-info")).getText()
                .equals("Your picture is on your artist page."));
        browser.waitFor(d -> Long.valueOf(64).equals(
                browser.script("var img = document.querySelector('img.portrait'); return img ? img.naturalWidth : 0;")));
        browser.screenshot("musician");

        String artist = browser.find("#artist-page").getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        byte[] served = site().get("/pictures/artist/" + artist).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(served).isEqualTo(Files.readAllBytes(picture));
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        browser.open(SITE + "/search.xhtml?q=zzqqxx");
        assertThat(browser.find("[id='search:results']").getText())
                .contains("Nothing matches. Try fewer words, or another spelling.");
    }

    @Test
    void theWorkPagePlaysItsPreview() {
        long id = workId("Lobby Nocturne");
        browser.open(SITE + "/work.xhtml?id=" + id);
        assertThat(browser.find("#work-title").getText()).isEqualTo("Lobby Nocturne");
        // preload="none": the page costs no audio bytes; the stream is fetched, and counted as a play, on play.
        assertThat(browser.script("return document.getElementById('preview').readyState")).isEqualTo(0L);
        browser.script("document.getElementById('preview').play()");
        browser.waitFor(d -> ((Number) browser.script("return document.getElementById('preview').currentTime"))
                .doubleValue() > 0.5);
        double duration = ((Number) browser.script("return document.getElementById('preview').duration")).doubleValue();
        assertThat(duration).as("seconds of preview the browser decoded").isBetween(31.0, 33.5);
        assertThat(browser.script("return document.getElementById('preview').error")).isNull();
        assertThat(browser.find("#open-in-player").getAttribute("href")).endsWith("/api/catalog/works/" + id + "/link");
        browser.screenshot("work");
    }

    @Test
    void anUnknownWorkIsANotFoundPage() {
        browser.open(SITE + "/work.xhtml?id=999999");
        assertThat(browser.find("#not-found").getText()).isEqualTo("Not found");
        assertThat(browser.all("#preview")).isEmpty();
    }

    private void signUp(String email, String name, String password) {
        browser.open(SITE + "/signup.xhtml");
        browser.type("[id='signup:email']", email);
        browser.type("[id='signup:name']", name);
        browser.type("[id='signup:street']", "Bryggen 1");
        browser.type("[id='signup:postalCode']", "5003");
        browser.type("[id='signup:city']", "Bergen");
        browser.find("[id='signup:country']").click();
        browser.type("[id='signup:country_filter']", "Norway");
        browser.find("li.ui-selectonemenu-item[data-label='Norway'].ui-state-highlight");
        browser.find("[id='signup:country_filter']").sendKeys(Keys.ENTER);
        browser.waitFor(d -> "NO".equals(browser.script("return document.getElementById('signup:country_input').value")));
        browser.type("[id='signup:phone']", "+47 55 00 00 00");
        browser.type("[id='signup:password']", password + Keys.ENTER);
    }

    private long rows() {
        return browser.all("[id='search:results'] tbody tr[data-ri]").size();
    }

    private List<String> titles() {
        return browser.all("[id='search:results'] a.work-link").stream().map(WebElement::getText).toList();
    }
}
