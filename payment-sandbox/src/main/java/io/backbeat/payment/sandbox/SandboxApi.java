package io.backbeat.payment.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * A stand-in card processor with Stripe's published test-card behaviour, so that the store's payment path (charges,
 * declines, idempotent retries, signed webhooks) runs for real in development and in the system tests. It keeps
 * everything in memory: it is a sandbox, and a restart forgets every charge.
 */
@ApplicationPath("/v1")
public class SandboxApi extends Application {
}
