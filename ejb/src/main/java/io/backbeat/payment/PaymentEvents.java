package io.backbeat.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment provider's notices, from its webhook. Anyone may call the webhook, so the signature is checked before
 * anything else; each event is then recorded by its id in the transaction that acts on it, so a delivery repeated
 * (providers deliver at least once) changes nothing.
 */
@Stateless
@PermitAll
public class PaymentEvents {

    /** What the store made of an event, and whether it had seen it before. */
    public record Receipt(String event, String outcome, boolean duplicate) {
    }

    private static final Logger LOG = Logger.getLogger(PaymentEvents.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    TopUps topUps;

    /** Shared with the provider. The default is for the demo only: set a real one on any shared server. */
    @Inject
    @ConfigProperty(name = "backbeat.payment.webhook-secret", defaultValue = "whsec_backbeat_demo_only")
    String secret;

    private final Clock clock = Clock.systemUTC();

    public Receipt receive(String body, String signature) {
        WebhookSignature.verify(secret, signature, body, clock.instant());
        JsonObject event = read(body);
        String id = event.getString("id");
        PaymentEvent seen = em.find(PaymentEvent.class, id);
        if (seen != null) {
            return new Receipt(id, seen.outcome(), true);
        }
        String type = event.getString("type");
        String charge = event.getString("charge", null);
        PaymentEvent received = new PaymentEvent(id, type, charge, clock.instant());
        em.persist(received);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new EventInProgressException(id);
        }
        String outcome = switch (type) {
            case "charge.dispute.created" -> topUps.takeBack(charge, TopUpState.DISPUTED);
            case "charge.failed" -> topUps.takeBack(charge, TopUpState.FAILED);
            default -> "ignored: the store does not act on " + type;
        };
        received.handled(outcome);
        LOG.info(() -> "Payment event " + id + " (" + type + "): " + outcome);
        return new Receipt(id, outcome, false);
    }

    private static JsonObject read(String body) {
        try {
            JsonObject event = Json.createReader(new StringReader(body)).readObject();
            if (event.getString("id", "").matches("[\\w-]{1,64}") && event.getString("type", "").matches(".{1,60}")
                    && event.getString("charge", "").length() <= 64) {
                return event;
            }
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            // Signed but unreadable: the provider's bug, answered below as a bad request.
        }
        throw new BadWebhookException("bad-event", "The body is not an event: {\"id\", \"type\", \"charge\"}.");
    }
}
