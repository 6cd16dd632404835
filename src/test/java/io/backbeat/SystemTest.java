package io.backbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backbeat.media.Masters;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A system test runs against the real backbeat.ear, as built, deployed into the provisioned WildFly
 * (Arquillian's managed container) and called from outside like any client.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class SystemTest {

    private static final Map<String, TestPlayer> PLAYERS = new ConcurrentHashMap<>();

    /**
     * -Dit.port.offset=N (with -Dit.management.port=9990+N) moves the test server and every port the tests call,
     * so two checkouts can test on one machine at once.
     */
    private static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 0);

    public static final String SITE = "http://localhost:" + (8080 + PORT_OFFSET);
    public static final String SECURE_SITE = "https://localhost:" + (8443 + PORT_OFFSET);
    public static final String MANAGEMENT = "http://localhost:" + (9990 + PORT_OFFSET);

    public static final String ADMIN = "admin@backbeat.demo";
    public static final String ADMIN_PASSWORD = "demo-admin";
    public static final String CUSTOMER = "customer@backbeat.demo";
    public static final String CUSTOMER_PASSWORD = "demo-customer";
    public static final String MUSICIAN = "musician@backbeat.demo";
    public static final String MUSICIAN_PASSWORD = "demo-musician";

    @Deployment(testable = false, name = "backbeat")
    public static EnterpriseArchive backbeat() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("backbeat.ear")));
    }

    /**
     * The store is ready when its readiness check says so: the schema migrated and the demo catalogue through the
     * upload pipeline, which on a first start takes a few seconds after the deployment itself.
     */
    @BeforeAll
    static void storeIsReady() {
        await("the store's readiness").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> RestAssured.given().baseUri(MANAGEMENT).get("/health/ready").statusCode() == 200);
    }

    /** The site itself: pages, streams, pictures. */
    protected static RequestSpecification site() {
        return RestAssured.given().baseUri(SITE);
    }

    /** The site over HTTPS, trusting its self-signed certificate: purchases are delivered on HTTPS only. */
    protected static RequestSpecification secureSite() {
        return RestAssured.given().baseUri(SECURE_SITE).relaxedHTTPSValidation();
    }

    protected static RequestSpecification api() {
        return site().basePath("/api");
    }

    protected static RequestSpecification api(String email, String password) {
        return api().auth().preemptive().basic(email, password);
    }

    protected static RequestSpecification asAdmin() {
        return api(ADMIN, ADMIN_PASSWORD);
    }

    /** The order the store sorts titles in, its search index's normaliser: accents and case folded, then code points. */
    protected static final Comparator<String> TITLE_ORDER = Comparator.comparing(title -> Normalizer
            .normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT));

    /** The administrators' audit of the points ledger. */
    protected static JsonPath audit() {
        return asAdmin().get("/admin/ledger/audit").then().statusCode(200).extract().jsonPath();
    }

    /** Every entry balances, no account's balance disagrees with its postings, and no customer is below zero. */
    protected static void assertTheLedgerBalances() {
        JsonPath audit = audit();
        assertThat(audit.getLong("postingsSum")).isZero();
        assertThat(audit.getList("unbalancedEntries")).isEmpty();
        assertThat(audit.getList("mismatches")).isEmpty();
        assertThat(audit.getList("overdrawn")).isEmpty();
    }

    /** A fresh Idempotency-Key. */
    protected static String key() {
        return UUID.randomUUID().toString();
    }

    /** The password of every customer {@link #newCustomer()} signs up. */
    protected static final String NEW_CUSTOMER_PASSWORD = "correct horse battery";

    /** A customer of its own, signed up through the API, holding no points and no player: its e-mail address. */
    protected static String newCustomer() {
        String email = "customer-" + UUID.randomUUID() + "@example.org";
        api().contentType("application/json").body(Map.of("email", email, "name", "Grace Hopper", "password",
                        NEW_CUSTOMER_PASSWORD, "street", "1 Navy Yard", "postalCode", "20374", "city", "Washington",
                        "country", "US", "phone", "+1 202 555 0100"))
                .post("/accounts").then().statusCode(201);
        return email;
    }

    /** A card as the top-up API takes it, valid for three more years. */
    protected static Map<String, Object> card(String number) {
        var card = new java.util.HashMap<String, Object>();
        card.put("number", number);
        card.put("expMonth", 12);
        card.put("expYear", java.time.YearMonth.now().getYear() + 3);
        card.put("cvc", "123");
        return card;
    }

    /**
     * A registered player of this account, made and registered the first time an account asks for one in this test
     * run: buying needs one, and an account may have only a few active players, so tests share it.
     */
    protected static TestPlayer playerOf(String email, String password) {
        return PLAYERS.computeIfAbsent(email, account -> registerPlayer(email, password, TestPlayer.newKeys()));
    }

    /** Registers a new player with these keys for the account. */
    protected static TestPlayer registerPlayer(String email, String password, PGPSecretKeyRing keys) {
        var player = new TestPlayer(0, keys, TestPlayer.PASSPHRASE);
        long id = api(email, password).contentType("application/json")
                .body(Map.of("name", "Test player " + player.fingerprint().substring(0, 8), "publicKey",
                        player.publicKey()))
                .post("/me/players").then().statusCode(201).extract().jsonPath().getLong("id");
        return new TestPlayer(id, keys, TestPlayer.PASSPHRASE);
    }

    /** A new customer ready to buy: 500 points bought with a card and a registered player. Its e-mail address. */
    protected static String newCustomerWithPoints() {
        String customer = newCustomer();
        api(customer, NEW_CUSTOMER_PASSWORD).contentType("application/json").header("Idempotency-Key", key())
                .body(Map.of("bundle", 500, "card", card("4242 4242 4242 4242"))).post("/points/top-ups")
                .then().statusCode(201);
        registerPlayer(customer, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
        return customer;
    }

    /** A work sold to a {@link #newCustomerWithPoints() new customer}: the licence's id, for a refund. */
    protected static long soldToNewCustomer(long work) {
        return soldTo(newCustomerWithPoints(), work);
    }

    /** The work bought by this customer (whose password is {@link #NEW_CUSTOMER_PASSWORD}): the licence's id. */
    protected static long soldTo(String customer, long work) {
        return api(customer, NEW_CUSTOMER_PASSWORD).contentType("application/json").header("Idempotency-Key", key())
                .body(Map.of("work", work)).post("/purchases").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A musician's new MP3 master (a 31 s tone) through the whole upload pipeline: the work's id once on sale. */
    protected static long uploadedWork(Path folder, String title, double frequency, int price) {
        return uploadedWork(Masters.tone(folder, title.replace(' ', '-') + ".mp3", frequency, 31, "-c:a",
                "libmp3lame", "-b:a", "128k"), title, price);
    }

    /** The demo musician's upload of {@code master}, once it is on sale. */
    protected static long uploadedWork(Path master, String title, int price) {
        RequestSpecification musician = api(MUSICIAN, MUSICIAN_PASSWORD);
        long id = musician.contentType("audio/mpeg").body(Masters.bytes(master))
                .post("/uploads?genre=Test&title=" + title + "&price=" + price)
                .then().statusCode(202).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofMinutes(1)).until(() -> api(MUSICIAN, MUSICIAN_PASSWORD).get("/uploads/" + id)
                .then().extract().jsonPath().getString("state"), org.hamcrest.Matchers.equalTo("AVAILABLE"));
        return id;
    }

    /** The id of the demo catalogue's work with this title. */
    protected static long workId(String title) {
        return api().queryParam("title", title).get("/catalog/works").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }
}
