package io.backbeat.payment;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** The same event arrived twice at once: the later delivery is rolled back, and the provider delivers it again. */
public class EventInProgressException extends Refusal {

    private final String event;

    public EventInProgressException(String event) {
        super(Kind.CONFLICT, "event-in-progress", "Event " + event + " is being handled; deliver it again later.");
        this.event = event;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("event", event);
    }
}
