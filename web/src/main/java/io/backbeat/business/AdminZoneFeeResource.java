package io.backbeat.business;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators charge the zones' monthly fees at once, rather than waiting for the 10-minute timer. */
@Path("/admin/zone-fees")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Administration")
public class AdminZoneFeeResource {

    @EJB
    ZoneBilling billing;

    @POST
    @Operation(summary = "Charge `month` (yyyy-MM: this UTC month, the default, or the next) to every zone not yet "
            + "paid for it, each from its manager's points; a zone whose manager has too few points is listed as "
            + "unpaid and charged at a later run. Running it again charges nothing twice")
    public ZoneBilling.Run run(@QueryParam("month") String month) {
        return billing.run(month);
    }
}
