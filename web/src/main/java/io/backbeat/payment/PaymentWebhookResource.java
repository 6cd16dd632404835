package io.backbeat.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the payment provider sends its notices. Open to anyone, because the provider has no account here: the
 * signature over the exact bytes received is what is trusted, so the body is read as text, not bound to an object.
 */
@Path("/payments/webhook")
@Tag(name = "Payments")
public class PaymentWebhookResource {

    @EJB
    PaymentEvents events;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The payment provider's signed events (a dispute): 200 once handled or seen before, 400 "
            + "for a missing, wrong or stale signature")
    public PaymentEvents.Receipt receive(@HeaderParam("Backbeat-Signature") String signature, String body) {
        return events.receive(body, signature);
    }
}
