package io.backbeat.purchase;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.ledger.Idempotency;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** Customers spend points on works; administrators refund. Each points-moving call needs an Idempotency-Key. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchases")
public class PurchaseResource {

    /** What to buy. */
    public record Purchase(Long work) {
    }

    @EJB
    Purchases purchases;

    @Context
    SecurityContext security;

    @POST
    @Path("/purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CUSTOMER_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Buy a work with points: 201 with the new licence, 200 with one already held (not charged "
            + "again); the same Idempotency-Key replays the first answer")
    public Response buy(@HeaderParam(Idempotency.HEADER) String key, Purchase purchase, @Context UriInfo uri) {
        if (purchase == null || purchase.work() == null) {
            throw new InvalidInputException(Map.of("work", "Name the work to buy, for example {\"work\": 12}."));
        }
        Purchases.Outcome outcome = purchases.buy(security.getUserPrincipal().getName(), purchase.work(), key);
        return outcome.granted()
                ? Response.created(uri.getBaseUriBuilder().path("me/licences").build()).entity(outcome.licence()).build()
                : Response.ok(outcome.licence()).build();
    }

    @GET
    @Path("/me/licences")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "The works this customer has bought, newest first; refunded ones carry revokedAt")
    public List<LicenceStatus> licences() {
        return purchases.mine(security.getUserPrincipal().getName());
    }

    @POST
    @Path("/admin/licences/{id}/refund")
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Refund a licence: the purchase reversed in the ledger, the points back, the licence revoked")
    public LicenceStatus refund(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") long id) {
        return purchases.refund(security.getUserPrincipal().getName(), id, key);
    }
}
