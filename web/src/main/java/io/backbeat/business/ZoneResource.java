package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.delivery.StreamTicket;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A zone, its schedule, and what it plays: the timeline a venue player fetches ahead, what plays now, and remote
 * control (the player's heartbeat, and the manager's commands its answer carries).
 */
@Path("/zones/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ENTERPRISE_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Business music")
public class ZoneResource {

    @EJB
    Zones zones;

    @EJB
    Schedules schedules;

    @EJB
    Plays plays;

    @EJB
    ZoneControl control;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public ZoneView get(@PathParam("id") long id) {
        return zones.get(caller(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename the zone, bind it to one of the manager's active players, or unbind it (player "
            + "null); a player plays one zone (409 player-taken)")
    public ZoneView describe(@PathParam("id") long id, ZoneDetails details) {
        return zones.describe(caller(), id, details);
    }

    @DELETE
    @Operation(summary = "Delete the zone and its schedule; months paid are not refunded")
    public Response delete(@PathParam("id") long id) {
        zones.delete(caller(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/schedule")
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The zone's dayparts and special days, with warnings of the dead air they leave in the "
            + "coming week")
    public ScheduleView schedule(@PathParam("id") long id) {
        return schedules.schedule(caller(), id);
    }

    @PUT
    @Path("/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the zone's schedule: dayparts (weekdays, HH:mm start and end in the venue's time "
            + "zone, an end at or before the start crossing midnight; overlapping dayparts are refused) and special "
            + "days (first and last date, a programme or null for silence). Answers with warnings of dead air")
    public ScheduleView plan(@PathParam("id") long id, ScheduleDetails details) {
        return schedules.plan(caller(), id, details);
    }

    @GET
    @Path("/timeline")
    @PermitAll
    @Operation(summary = "What the zone plays from `from` (an ISO instant, default now) to `to` (default a day "
            + "later, at most 7 days): every play and every stretch of dead air; the same question always gets the "
            + "same answer. For the manager, an admin, or the zone's bound player with a " + StreamTicket.HEADER
            + " for `zone-{id}`")
    public ZoneTimeline timeline(@PathParam("id") long id, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @HeaderParam(StreamTicket.HEADER) String ticket) {
        return ticket != null ? schedules.timelineForPlayer(ticket, id, from, to)
                : schedules.timeline(reader(), id, from, to);
    }

    @GET
    @Path("/now")
    @PermitAll
    @Operation(summary = "What the zone plays now: PLAYING with the play, DEAD_AIR or CLOSED. For the manager, an "
            + "admin, or the zone's bound player with a " + StreamTicket.HEADER + " for `zone-{id}`")
    public NowPlaying now(@PathParam("id") long id, @HeaderParam(StreamTicket.HEADER) String ticket) {
        return ticket != null ? schedules.nowForPlayer(ticket, id) : schedules.now(reader(), id);
    }

    /**
     * The bound player uploads its own log with a zone ticket, so an unattended venue player needs nobody's
     * password. The manager's login is still taken, for a log carried in by hand from a player that cannot reach
     * the store itself; either way the records' signatures, not the caller, prove them.
     */
    @POST
    @Path("/plays")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a batch of the zone's play log, as its bound player signed and chained it (see "
            + "PlayRecord), by that player with a " + StreamTicket.HEADER + " for `zone-{id}` or by the zone's "
            + "manager: the batch must continue the stored chain exactly, or nothing is stored (400 for a broken "
            + "chain or signature, 409 play-log-gap with the expected sequence). A batch already received stores "
            + "nothing and answers 200 again")
    public PlayReceipt uploadPlays(@PathParam("id") long id, @HeaderParam(StreamTicket.HEADER) String ticket,
                                   PlayBatch batch) {
        if (ticket != null) {
            return plays.uploadForPlayer(ticket, id, batch);
        }
        if (!security.isUserInRole(Role.ENTERPRISE_NAME)) {
            throw new ForbiddenException(); // anonymous: 401 login-required (WebApplicationExceptionMapper)
        }
        return plays.upload(caller(), id, batch);
    }

    @POST
    @Path("/heartbeat")
    @PermitAll
    @Operation(summary = "The zone's bound player, with a " + StreamTicket.HEADER + " for `zone-{id}`, says what it "
            + "plays (work or null, positionMs, paused, volume 0-100) and which commands it applied (acknowledged: "
            + "their ids); the answer carries the commands still pending, oldest first. A zone is online while its "
            + "last heartbeat is under 30 s old")
    @Consumes(MediaType.APPLICATION_JSON)
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
    @Consumes(MediaType.APPLICATION_JSON)
    public Response command(@PathParam("id") long id, ZoneCommandDetails details) {
        return Response.accepted(control.command(caller(), id, details)).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    /** The manager or an admin: what {@code @RolesAllowed} checks elsewhere, here where a player may ask too. */
    private String reader() {
        if (!security.isUserInRole(Role.ENTERPRISE_NAME) && !security.isUserInRole(Role.ADMIN_NAME)) {
            throw new ForbiddenException(); // anonymous: 401 login-required (WebApplicationExceptionMapper)
        }
        return caller();
    }
}
