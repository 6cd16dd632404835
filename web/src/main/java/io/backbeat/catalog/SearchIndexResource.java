package io.backbeat.catalog;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrators' view of the search index: does it agree with the database, and rebuilding it when not. */
@Path("/admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Operations")
@SecurityRequirement(name = BackbeatApi.BASIC)
public class SearchIndexResource {

    @EJB
    SearchIndex index;

    @GET
    @Operation(summary = "How many works are on sale and how many the search index holds")
    public SearchIndex.Status status() {
        return index.status();
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild the search index from the database",
            description = "Answers when the index is complete; until then searches see only part of the catalogue.")
    public SearchIndex.Rebuilt rebuild() {
        return index.rebuild();
    }
}
