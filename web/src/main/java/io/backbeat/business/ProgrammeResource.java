package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A venue manager's programmes: fixed playlists and rotations over the works licensed for business use. */
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ENTERPRISE_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Business music")
public class ProgrammeResource {

    @EJB
    Programmes programmes;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The organisation's programmes (an administrator: every organisation's)")
    public List<ProgrammeView> list() {
        return programmes.list(caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a programme: FIXED with works (each on sale and licensed for business use), or "
            + "ROTATION with genres, includeArtists, excludeArtists, neverExplicit, noRepeatMinutes, "
            + "artistSeparationTracks and artistSeparationMinutes")
    public Response create(ProgrammeDetails details, @Context UriInfo uri) {
        ProgrammeView programme = programmes.create(caller(), details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(programme.id())).build())
                .entity(programme).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.get(caller(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a programme; the timelines of the zones that play it are planned anew with it")
    public ProgrammeView describe(@PathParam("id") long id, ProgrammeDetails details) {
        return programmes.describe(caller(), id, details);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a programme no schedule uses (409 programme-in-use otherwise)")
    public Response delete(@PathParam("id") long id) {
        programmes.delete(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
