package io.backbeat.purchase;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A musician's earnings: the balance, each sale's split, totals per day, week or month, and the same sales as a CSV
 * statement. The period's parameters are read as text, so a bad date is a 400 naming it rather than JAX-RS's 404.
 */
@Path("/")
@Tag(name = "Earnings")
@RolesAllowed(Role.MUSICIAN_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
public class EarningsResource {

    public static final String CSV = "text/csv";

    @EJB
    Earnings earnings;

    @Context
    SecurityContext security;

    @GET
    @Path("/me/earnings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The artist's balance, the period's sales with each one's split (refunds as reversals) and "
            + "the artist's share per day, week or month; 400 for a bad period")
    public EarningsStatement statement(@Parameter(description = "First day, e.g. 2026-11-01 (default: 30 days, 12 "
            + "weeks or 12 months before to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (default: today, UTC)") @QueryParam("to") String to,
            @Parameter(description = "day, week or month (default: day)") @QueryParam("by") String by) {
        return earnings.statement(user(), EarningsPeriod.of(from, to, by));
    }

    @GET
    @Path("/me/earnings.csv")
    @Produces(CSV)
    @Operation(summary = "The period's sales and reversals as an RFC 4180 CSV statement, oldest first, as a download")
    public Response csv(@Parameter(description = "First day, e.g. 2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (default: today, UTC)") @QueryParam("to") String to,
            @Parameter(description = "day, week or month: only sets the default from, as for the JSON")
            @QueryParam("by") String by) {
        EarningsPeriod period = EarningsPeriod.of(from, to, by);
        return Response.ok(earnings.csv(user(), period), CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + period.fileName() + "\"")
                .build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
