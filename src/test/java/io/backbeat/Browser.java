package io.backbeat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven by Debian's chromedriver: a downloaded browser would not run here),
 * fresh for every test with its own profile. Register it with {@code @RegisterExtension}. Screenshots land in
 * {@code target/screenshots} as test artifacts, and a failed test leaves one of what the browser showed.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Path profile;
    private ChromeDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) {
        try {
            profile = Files.createTempDirectory("backbeat-chromium-");
            // Made now, so a test can look in it before the first download has arrived.
            Files.createDirectories(downloads());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required",
                        "--user-data-dir=" + profile,
                        // Some port offsets land the site on a port Chromium blocks as unsafe (10080 for 2000).
                        "--explicitly-allowed-ports=" + URI.create(SystemTest.SITE).getPort() + ","
                                + URI.create(SystemTest.SECURE_SITE).getPort());
        // The store's HTTPS pages have a self-signed certificate; downloads land in the profile, without asking.
        options.setAcceptInsecureCerts(true);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                downloads().toString(), "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Where the browser saves what it downloads. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Opens a page behind the login and logs in on the form the site answers with. */
    public Browser logIn(String url, String email, String password) {
        open(url);
        signIn(email, password);
        String path = java.net.URI.create(url).getPath();
        waitFor(d -> d.getCurrentUrl().contains(path));
        return this;
    }

    /**
     * Fills in and sends the login form on the page, and waits until it has gone. The form is answered at the
     * protected page's own address, so only its going away says that the login is done and the page is there.
     */
    public Browser signIn(String email, String password) {
        type("#j_username", email);
        type("#j_password", password);
        find("form.login button").click();
        waitFor(d -> d.findElements(By.cssSelector("form.login")).isEmpty());
        return this;
    }

    public WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(15), condition);
    }

    /** For what takes the server longer than a page does, such as an upload going through the pipeline. */
    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        // A page that re-renders part of itself (an Ajax update) may replace an element while it is being read.
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The page's text; read again if the page is replaced while it is read (a redirect, an Ajax update). */
    public String text() {
        return waitFor(d -> d.findElement(By.tagName("body")).getText());
    }

    public String source() {
        return driver.getPageSource();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-FAILED");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in /tmp is harmless; the test's outcome does not depend on it.
        }
    }
}
