package io.backbeat.upload;

import io.backbeat.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators see uploads the pipeline gave up on (dead-lettered) and send them through again. */
@Path("/admin/uploads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Administration")
public class AdminUploadResource {

    @EJB
    Uploads uploads;

    @GET
    @Path("/failed")
    @Operation(summary = "Uploads that FAILED after the broker's last delivery attempt, oldest first")
    public List<UploadStatus> failed() {
        return uploads.failed();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a failed upload through the pipeline again, from its check (202)")
    public Response retry(@PathParam("id") long id) {
        return Response.accepted(uploads.retry(id)).build();
    }
}
