package io.backbeat.platform;

import io.backbeat.diagnostics.Probes;
import io.backbeat.upload.Pipeline;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * The broker gave up on a message after its delivery attempts: tell the component that owns it, so the
 * thing it was about ends in a visible terminal state instead of waiting forever.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.DEAD_LETTERS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
})
@PermitAll
public class DeadLetterListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterListener.class.getName());

    @EJB
    Probes probes;

    @EJB
    Pipeline pipeline;

    @Override
    public void onMessage(Message message) {
        String kind = MessageIds.kind(message);
        LOG.warning(() -> "Dead-lettered " + kind + " message " + MessageIds.text(message));
        switch (kind == null ? "" : kind) {
            case Probes.KIND -> probes.deadLettered(MessageIds.uuid(message));
            case Pipeline.CHECK, Pipeline.TRANSCODE -> pipeline.deadLettered(MessageIds.number(message));
            // Unknown kinds fail here too and end in the server's own DLQ, visible in the console.
            default -> throw new IllegalStateException("Dead letter of unknown kind '" + kind + "'");
        }
    }
}
