package io.backbeat.diagnostics;

import io.backbeat.platform.Queues;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import io.backbeat.platform.MessageIds;

@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.PROBES),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
})
@PermitAll
public class ProbeListener implements MessageListener {

    @EJB
    Probes probes;

    @Override
    public void onMessage(Message message) {
        probes.handle(MessageIds.uuid(message));
    }
}
