package io.backbeat.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.backbeat.SystemTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/** The spine end to end: EJB writes and sends in one transaction, an MDB in jms-workers consumes. */
class PipelineIT extends SystemTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    ManagementClient management;

    @Test
    void aProbeWrittenByAnEjbIsConsumedByAWorkerAndReadBackThroughTheApi() {
        String location = send("DELIVER").extract().header("Location");

        await().atMost(PATIENCE).untilAsserted(() -> asAdmin().get(location.replaceFirst("^.*/api", ""))
                .then().statusCode(200)
                .body("state", equalTo("DELIVERED"))
                .body("attempts", equalTo(1)));
    }

    @Test
    void aMessageWhoseHandlerAlwaysFailsIsDeadLetteredAfterTheConfiguredAttempts() {
        String id = send("DEAD_LETTER").extract().path("id");

        await().atMost(PATIENCE).untilAsserted(() -> asAdmin().get("/admin/probes/" + id)
                .then().statusCode(200)
                .body("state", equalTo("DEAD_LETTERED"))
                .body("attempts", equalTo(5)));
    }

    @Test
    void aRolledBackEjbCallLeavesNeitherRowNorMessageBehind() throws Exception {
        long queuedBefore = messagesAdded();

        String id = asAdmin().contentType(ContentType.JSON).body("{\"mode\":\"ROLL_BACK\"}").post("/admin/probes")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .extract().path("probeId");

        asAdmin().get("/admin/probes/" + id).then().statusCode(404);
        assertThat(messagesAdded()).as("messages that reached the probes queue").isEqualTo(queuedBefore);
    }

    @Test
    void aProbeWithoutAModeIsRefusedWithAClearProblem() {
        asAdmin().contentType(ContentType.JSON).body("{}").post("/admin/probes")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Say which probe to send"));
        asAdmin().contentType(ContentType.JSON).body("{\"mode\":\"EXPLODE\"}").post("/admin/probes")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    private io.restassured.response.ValidatableResponse send(String mode) {
        return asAdmin().contentType(ContentType.JSON).body("{\"mode\":\"" + mode + "\"}").post("/admin/probes")
                .then().statusCode(201).body("state", equalTo("SENT"));
    }

    private long messagesAdded() throws Exception {
        var operation = Operations.createReadAttributeOperation(Operations.createAddress(
                "subsystem", "messaging-activemq", "server", "default", "jms-queue", "backbeat.probes"), "messages-added");
        return Operations.readResult(management.getControllerClient().execute(operation)).asLong();
    }
}
