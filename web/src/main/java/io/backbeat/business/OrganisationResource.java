package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer becomes a venue manager by opening an organisation. */
@Path("/me/organisation")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Business music")
public class OrganisationResource {

    /** The organisation to open. */
    public record Opening(String name) {
    }

    @EJB
    Organisations organisations;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(summary = "Open an organisation for background music: the caller becomes its manager (role "
            + "ENTERPRISE, from the next request on) and keeps being a customer; 409 if it already manages one")
    public Response open(Opening opening, @Context UriInfo uri) {
        OrganisationView organisation = organisations.open(security.getUserPrincipal().getName(),
                opening == null ? null : opening.name());
        return Response.created(uri.getAbsolutePath()).entity(organisation).build();
    }

    @GET
    @RolesAllowed(Role.ENTERPRISE_NAME)
    @Operation(summary = "The organisation this venue manager manages")
    public OrganisationView mine() {
        return organisations.mine(security.getUserPrincipal().getName());
    }
}
