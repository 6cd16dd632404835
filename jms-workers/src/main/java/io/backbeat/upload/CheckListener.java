package io.backbeat.upload;

import io.backbeat.platform.MessageIds;
import io.backbeat.platform.Queues;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** The checker: decodes every frame of a received master and records its QA report (two at a time). */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.UPLOADS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
})
@PermitAll
public class CheckListener implements MessageListener {

    @EJB
    Pipeline pipeline;

    @Override
    public void onMessage(Message message) {
        pipeline.check(MessageIds.number(message));
    }
}
