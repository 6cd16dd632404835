package io.backbeat.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Uploads are only accepted when the broker behind the pipeline answers and its queue exists. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Queues.UPLOADS)
    Queue uploads;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("backbeat-messaging");
        try (JMSContext context = connectionFactory.createContext();
             var browser = context.createBrowser(uploads)) {
            browser.getEnumeration();
            return response.up().withData("queue", uploads.getQueueName()).build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
