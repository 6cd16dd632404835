package io.backbeat.payment;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.ledger.Idempotency;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers buy points with a card; anyone may see the bundles on offer. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points")
public class TopUpResource {

    /** Which bundle (by its points) and the card to pay with. */
    public record TopUpRequest(Long bundle, Card.Details card) {
    }

    @EJB
    TopUps topUps;

    @Context
    SecurityContext security;

    @GET
    @Path("/points/bundles")
    @PermitAll
    @Operation(summary = "The bundles of points on sale and their prices in cents")
    public List<Bundle> bundles() {
        return topUps.bundles();
    }

    @POST
    @Path("/points/top-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CUSTOMER_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Buy a bundle of points with a card: 201 with the receipt; a decline is 402 and changes "
            + "nothing; the same Idempotency-Key replays the first answer and never charges twice")
    public Response buy(@HeaderParam(Idempotency.HEADER) String key, TopUpRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException(Map.of("bundle", "Send the bundle and the card, for example {\"bundle\": "
                    + "500, \"card\": {\"number\": …, \"expMonth\": …, \"expYear\": …, \"cvc\": …}}."));
        }
        TopUpReceipt receipt = topUps.buy(security.getUserPrincipal().getName(), request.bundle(), request.card(), key);
        return Response.created(uri.getBaseUriBuilder().path("me/top-ups").build()).entity(receipt).build();
    }

    @GET
    @Path("/me/top-ups")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "The points this customer bought with a card, newest first; disputed ones say DISPUTED, late failures FAILED")
    public List<TopUpReceipt> mine() {
        return topUps.mine(security.getUserPrincipal().getName());
    }
}
