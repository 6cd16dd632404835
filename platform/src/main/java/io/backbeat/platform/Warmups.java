package io.backbeat.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Work a node must finish before it serves properly, such as rebuilding the search index of a large catalogue.
 * It runs in the background so deployment is not held up, and readiness stays DOWN, saying what is pending,
 * until it is done: a load balancer keeps customers away from a node whose search would miss works.
 */
@Readiness
@ApplicationScoped
public class Warmups implements HealthCheck {

    private final Map<String, String> pending = new ConcurrentHashMap<>();

    public void started(String what, String detail) {
        pending.put(what, detail);
    }

    public void finished(String what) {
        pending.remove(what);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("backbeat-warm-up").status(pending.isEmpty());
        pending.forEach(response::withData);
        return response.build();
    }
}
