package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.delivery.StreamTicket;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Remote control of a zone: its player's heartbeat, and the manager's commands the heartbeat answer carries. */
@Path("/zones/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Business music")
public class ZoneControlResource {

    @EJB
    ZoneControl control;

    @Context
    SecurityContext security;

    @POST
    @Path("/heartbeat")
    @PermitAll
    @Operation(summary = "The zone's bound player, with a " + StreamTicket.HEADER + " for `zone-{id}`, says what it "
            + "plays (work or null, positionMs, paused, volume 0-100) and which commands it applied (acknowledged: "
            + "their ids); the answer carries the commands still pending, oldest first. A zone is online while its "
            + "last heartbeat is under 30 s old")
    public HeartbeatReply heartbeat(@PathParam("id") long id, @HeaderParam(StreamTicket.HEADER) String ticket,
                                    Heartbeat heartbeat) {
        if (ticket == null) {
            throw new ForbiddenException(); // only the player beats; anonymous: 401 login-required
        }
        return control.heartbeat(ticket, id, heartbeat);
    }

    @POST
    @Path("/commands")
    @RolesAllowed(Role.ENTERPRISE_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Send the zone's player a command: skip, pause, resume, or volume with volume 0-100. The "
            + "player takes it with its next heartbeat (202 with the queued command); 409 zone-unbound when no "
            + "player is bound")
    public Response command(@PathParam("id") long id, ZoneCommandDetails details) {
        return Response.accepted(control.command(security.getUserPrincipal().getName(), id, details)).build();
    }
}
