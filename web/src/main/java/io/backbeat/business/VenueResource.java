package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.ledger.Idempotency;
import io.backbeat.purchase.EarningsPeriod;
import io.backbeat.purchase.EarningsResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A venue manager's venues and the zones in them; administrators read every organisation's. Another organisation's
 * venue is 404, as a missing one is.
 */
@Path("/venues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ENTERPRISE_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Business music")
public class VenueResource {

    @EJB
    Venues venues;

    @EJB
    Zones zones;

    @EJB
    Plays plays;

    @EJB
    ZoneControl control;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The organisation's venues (an administrator: every organisation's)")
    public List<VenueView> list() {
        return venues.list(caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a venue: a name, an address and an IANA time zone (Europe/Berlin), in which its "
            + "zones' dayparts are read")
    public Response create(VenueDetails details, @Context UriInfo uri) {
        VenueView venue = venues.create(caller(), details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(venue.id())).build()).entity(venue)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    public VenueView get(@PathParam("id") long id) {
        return venues.get(caller(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a venue's name, address or time zone")
    public VenueView describe(@PathParam("id") long id, VenueDetails details) {
        return venues.describe(caller(), id, details);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a venue that has no zones left (409 otherwise)")
    public Response delete(@PathParam("id") long id) {
        venues.delete(caller(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/zones")
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The venue's zones")
    public List<ZoneView> zones(@PathParam("id") long id) {
        return zones.list(caller(), id);
    }

    @POST
    @Path("/{id}/zones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a zone, bound to one of the manager's active players or unbound (player null); its "
            + "first month is paid from the manager's points at once (409 not-enough-points: nothing made). The same "
            + "Idempotency-Key replays the first answer and never pays twice")
    public Response createZone(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") long id,
                               ZoneDetails details, @Context UriInfo uri) {
        ZoneView zone = zones.create(caller(), id, details, key);
        return Response.created(uri.getBaseUriBuilder().path("zones").path(Long.toString(zone.id())).build())
                .entity(zone).build();
    }

    @GET
    @Path("/{id}/plays")
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The venue's plays from `from` to `to` (UTC dates, both included; default the last 30 "
            + "days), oldest first, and how often each work played")
    public PlayReport plays(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return plays.venue(caller(), id, EarningsPeriod.of(from, to, null));
    }

    @GET
    @Path("/{id}/plays.csv")
    @Produces(EarningsResource.CSV)
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The same plays as an RFC 4180 CSV for royalty societies: title, artist, album, isrc "
            + "(empty while unknown), start, duration_seconds, venue, zone")
    public Response playsCsv(@PathParam("id") long id, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        EarningsPeriod period = EarningsPeriod.of(from, to, null);
        return Response.ok(plays.venueCsv(caller(), id, period), EarningsResource.CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + Plays.csvName(id, period) + "\"")
                .build();
    }

    @GET
    @Path("/{id}/zones/status")
    @RolesAllowed({Role.ENTERPRISE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The venue's zones for the dashboard: online (a heartbeat in the last 30 s), what the player "
            + "last reported, what the schedule expects now, and alert DEAD_AIR when the zone should be playing but "
            + "has been silent or unheard for more than 60 s")
    public List<ZoneStatus> zoneStatus(@PathParam("id") long id) {
        return control.status(caller(), id);
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
