package io.backbeat.payment.sandbox;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notices the sandbox sends to the store's webhook after the fact, as a card processor does: a dispute arrives days
 * after the charge in real life, seconds later here. Each is signed with the shared secret and delivered again, a few
 * times with growing pauses, until the store answers 2xx.
 */
@ApplicationScoped
public class Events {

    private static final Logger LOG = Logger.getLogger(Events.class.getName());
    private static final int ATTEMPTS = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The secret shared with the store. The default is for the demo only: set a real one on any shared server. */
    @Inject
    @ConfigProperty(name = "backbeat.payment.webhook-secret", defaultValue = "whsec_backbeat_demo_only")
    String secret;

    @Inject
    @ConfigProperty(name = "backbeat.payment.webhook-url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "backbeat.payment.sandbox.dispute-delay-ms", defaultValue = "2000")
    long disputeDelayMillis;

    private final List<Event> sent = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Jsonb jsonb = JsonbBuilder.create();
    private final Clock clock = Clock.systemUTC();

    void disputeLater(Charge charge) {
        Event event = new Event(Ids.next("evt_"), "charge.dispute.created", clock.instant().getEpochSecond(),
                charge.id());
        sent.add(event);
        scheduler.schedule(() -> deliver(event, 1), disputeDelayMillis, MILLISECONDS);
    }

    List<Event> about(String charge) {
        return sent.stream().filter(event -> charge == null || event.charge().equals(charge)).toList();
    }

    private void deliver(Event event, int attempt) {
        String body = jsonb.toJson(event);
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhookUrl.orElseGet(Events::storeWebhook)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(Signature.HEADER, Signature.header(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        String outcome;
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return;
            }
            outcome = "HTTP " + status;
        } catch (IOException e) {
            outcome = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        retry(event, attempt, outcome);
    }

    private void retry(Event event, int attempt, String outcome) {
        if (attempt < ATTEMPTS) {
            LOG.info(() -> "Event " + event.id() + " not taken (" + outcome + "); sending it again later");
            scheduler.schedule(() -> deliver(event, attempt + 1), 1000L << (attempt - 1), MILLISECONDS);
        } else {
            LOG.warning(() -> "Event " + event.id() + " given up after " + ATTEMPTS + " attempts (" + outcome + ")");
        }
    }

    /** The store deployed beside the sandbox, on this server's HTTP port (which a port offset moves). */
    private static String storeWebhook() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port + "/api/payments/webhook";
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.fine(() -> "Closing JSON-B: " + e);
        }
    }
}
