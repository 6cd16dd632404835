package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.purchase.EarningsPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a musician's works played in venues, from the venues' proof-of-play logs. */
@Path("/me/plays")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MUSICIAN_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Business music")
public class ArtistPlaysResource {

    @EJB
    Plays plays;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Where the artist's works played from `from` to `to` (UTC dates, both included; default "
            + "the last 30 days): venue, city, zone and start of each play, and how often each work played")
    public PlayReport plays(@QueryParam("from") String from, @QueryParam("to") String to) {
        return plays.artist(security.getUserPrincipal().getName(), EarningsPeriod.of(from, to, null));
    }
}
