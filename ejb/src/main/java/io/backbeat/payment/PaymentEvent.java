package io.backbeat.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice from the payment provider, kept by its id so that one delivered twice acts once. */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

    @Id
    @Column(name = "event_id", length = 64)
    private String eventId;

    @Column(nullable = false, length = 60)
    private String type;

    @Column(name = "charge_id", length = 64)
    private String chargeId;

    @Column(nullable = false, length = 200)
    private String outcome;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected PaymentEvent() {
    }

    PaymentEvent(String eventId, String type, String chargeId, Instant receivedAt) {
        this.eventId = eventId;
        this.type = type;
        this.chargeId = chargeId;
        this.outcome = "received";
        this.receivedAt = receivedAt;
    }

    String outcome() {
        return outcome;
    }

    void handled(String outcome) {
        this.outcome = outcome.length() > 200 ? outcome.substring(0, 200) : outcome;
    }
}
