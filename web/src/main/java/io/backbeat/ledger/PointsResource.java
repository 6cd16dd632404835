package io.backbeat.ledger;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's points, and the administrators' audit of the ledger they move through. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points")
public class PointsResource {

    @EJB
    Ledger ledger;

    @Context
    SecurityContext security;

    @GET
    @Path("/me/points")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "The points this customer holds and their latest movements, newest first")
    public PointsStatement points() {
        return ledger.statement(security.getUserPrincipal().getName());
    }

    @GET
    @Path("/admin/ledger/entries/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "One journal entry with its postings: who gained and who gave how many points")
    public LedgerEntry entry(@PathParam("id") long id) {
        return ledger.entry(id);
    }

    @GET
    @Path("/admin/ledger/audit")
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Σ of all postings (0 when every entry balances) and any account whose balance differs "
            + "from its postings")
    public LedgerAudit audit() {
        return ledger.audit();
    }
}
