package io.backbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
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

    /**
     * -Dit.port.offset moves every port the tests call, for a server started with the same offset (Arquillian's
     * arq.container.wildfly.configuration.* overrides), so two checkouts can test on one machine at once.
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

    /** Every entry balances, and no account's balance disagrees with its postings. */
    protected static void assertTheLedgerBalances() {
        JsonPath audit = audit();
        assertThat(audit.getLong("postingsSum")).isZero();
        assertThat(audit.getList("mismatches")).isEmpty();
    }

    /** A fresh Idempotency-Key. */
    protected static String key() {
        return UUID.randomUUID().toString();
    }

    /** The id of the demo catalogue's work with this title. */
    protected static long workId(String title) {
        return api().queryParam("title", title).get("/catalog/works").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }
}
