package io.backbeat.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Counts the API's error answers by status, beside the server's metrics (backbeat_api_errors_total). */
@Provider
public class ProblemMeter implements ContainerResponseFilter {

    @Inject
    MeterRegistry registry;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            registry.counter("backbeat.api.errors", "status", Integer.toString(response.getStatus())).increment();
        }
    }
}
