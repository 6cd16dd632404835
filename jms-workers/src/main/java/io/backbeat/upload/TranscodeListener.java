package io.backbeat.upload;

import io.backbeat.platform.MessageIds;
import io.backbeat.platform.Queues;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** The transcoder: preview, waveform and cover of a checked master, then it is on sale (two at a time). */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.TRANSCODES),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
})
@PermitAll
public class TranscodeListener implements MessageListener {

    @EJB
    Pipeline pipeline;

    @Override
    public void onMessage(Message message) {
        pipeline.transcode(MessageIds.number(message));
    }
}
