package io.backbeat.diagnostics;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/probes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Operations", description = "Administrators' checks of the running store")
@SecurityRequirement(name = BackbeatApi.BASIC)
public class ProbeResource {

    public record ProbeRequest(ProbeMode mode) {
    }

    public record ProbeView(UUID id, ProbeMode mode, ProbeState state, int attempts, Instant sentAt, Instant settledAt) {

        static ProbeView of(Probe probe) {
            return new ProbeView(probe.id(), probe.mode(), probe.state(), probe.attempts(), probe.sentAt(), probe.settledAt());
        }
    }

    @EJB
    Probes probes;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a pipeline probe",
            description = "DELIVER goes through the database, the queue and a worker; DEAD_LETTER fails in the worker until "
                    + "the broker dead-letters it; ROLL_BACK is written and queued, then rolled back (409).")
    public Response send(ProbeRequest request) {
        if (request == null || request.mode() == null) {
            return Problem.of(Status.BAD_REQUEST, "probe-mode-missing",
                    "Say which probe to send: {\"mode\": \"DELIVER\" | \"DEAD_LETTER\" | \"ROLL_BACK\"}.").toResponse();
        }
        Probe probe = probes.send(request.mode());
        return Response.created(uri.getAbsolutePathBuilder().path(probe.id().toString()).build())
                .entity(ProbeView.of(probe))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a probe's outcome")
    public ProbeView find(@PathParam("id") UUID id) {
        return probes.find(id).map(ProbeView::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Operation(summary = "The 50 most recent probes")
    public List<ProbeView> recent() {
        return probes.recent(50).stream().map(ProbeView::of).toList();
    }
}
