package io.backbeat.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.backbeat.SystemTest;
import io.restassured.path.json.JsonPath;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

class ServerIT extends SystemTest {

    @ArquillianResource
    ManagementClient management;

    @Test
    void readinessIsUpAndIncludesTheDatabaseAndMessaging() {
        JsonPath health = given().baseUri(MANAGEMENT).get("/health/ready").then().statusCode(200).extract().jsonPath();

        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class)).contains("backbeat-database", "backbeat-messaging");
        assertThat(health.getList("checks.findAll { it.name.startsWith('backbeat') }.status", String.class)).containsOnly("UP");
        assertThat(health.getString("checks.find { it.name == 'backbeat-database' }.data.product"))
                .as("the database this run was asked to use")
                .isEqualTo(System.getProperty("it.db.product"));
    }

    @Test
    void theOpenApiDocumentListsTheApiAndHasABrowsableUi() {
        site().accept("application/json").get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Backbeat API"))
                .body("paths.keySet()", hasItems("/api/me", "/api/admin/probes", "/api/admin/probes/{id}"));

        site().get("/api-docs/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    @Test
    void applicationMetricsAreExportedBesideTheServers() {
        api().get("/no-such-thing").then().statusCode(404);
        long work = api().get("/catalog/works?size=1").then().extract().jsonPath().getLong("items[0].id");
        site().get("/stream/preview/" + work).then().statusCode(200);

        String metrics = given().baseUri(MANAGEMENT).get("/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("backbeat_api_errors_total{").contains("status=\"404\"");
        assertThat(metrics).as("a stream is counted in and out again")
                .containsPattern("backbeat_streams_active\\{[^}]*kind=\"preview\"[^}]*} 0\\.0");
        assertThat(metrics).as("queue depths, from WildFly's messaging subsystem")
                .containsPattern("messaging_activemq_message_count\\{[^}]*name=\"backbeat\\.uploads\"");
        assertThat(metrics).as("the server's own meters sit beside ours").contains("undertow_");
    }

    @Test
    void theSiteIsServedOverHttpsWithItsSelfSignedCertificate() {
        given().baseUri(SECURE_SITE).relaxedHTTPSValidation().get("/")
                .then().statusCode(200).body(containsString("Backbeat"));
    }

    @Test
    void theDatasourceQueuesAndDeploymentAreVisibleToTheManagementApi() throws Exception {
        ModelNode datasource = read("subsystem", "datasources", "data-source", "BackbeatDS");
        assertThat(datasource.get("jndi-name").asString()).isEqualTo("java:jboss/datasources/BackbeatDS");

        for (String queue : new String[] {"backbeat.uploads", "backbeat.transcodes", "backbeat.probes", "backbeat-dead-letters"}) {
            ModelNode jmsQueue = read("subsystem", "messaging-activemq", "server", "default", "jms-queue", queue);
            assertThat(jmsQueue.get("durable").asBoolean()).as(queue + " is durable").isTrue();
        }
        ModelNode pipeline = read("subsystem", "messaging-activemq", "server", "default", "address-setting", "jms.queue.backbeat.#");
        assertThat(pipeline.get("dead-letter-address").asString()).isEqualTo("jms.queue.backbeat-dead-letters");
        assertThat(pipeline.get("max-delivery-attempts").asInt()).isEqualTo(5);

        ModelNode deployment = read("deployment", "backbeat.ear");
        assertThat(deployment.get("status").asString()).isEqualTo("OK");
        assertThat(deployment.get("enabled").asBoolean()).isTrue();
    }

    private ModelNode read(String... address) throws Exception {
        ModelNode operation = Operations.createReadResourceOperation(Operations.createAddress(address), false);
        operation.get("include-runtime").set(true);
        operation.get("resolve-expressions").set(true);
        ModelNode result = management.getControllerClient().execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new AssertionError(Operations.getFailureDescription(result).asString());
        }
        return Operations.readResult(result);
    }
}
