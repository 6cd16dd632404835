package io.backbeat.account;

import io.backbeat.api.BackbeatApi;
import io.backbeat.api.Problem;
import io.backbeat.catalog.ArtistSummary;
import io.backbeat.catalog.MusicianDetails;
import io.backbeat.catalog.Musicians;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up for anyone; the signed-in customer's own profile and musician account under /me. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    public record SignUp(String email, String name, String password, String street, String postalCode, String city,
                         String country, String phone) {

        AccountDetails details() {
            return new AccountDetails(email, name, street, postalCode, city, country, phone);
        }
    }

    public record Me(String email, String name, String street, String postalCode, String city, String country,
                     String phone, Set<String> roles, ArtistSummary artist) {
    }

    @EJB
    Accounts accounts;

    @EJB
    Musicians musicians;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("/accounts")
    @PermitAll
    @Operation(summary = "Sign up as a customer", description = "E-mail unique; password of at least 10 characters.")
    public Response signUp(SignUp request) {
        if (request == null) {
            return Problem.of(Status.BAD_REQUEST, "body-missing", "Send the sign-up details as JSON.").toResponse();
        }
        Account account = accounts.register(request.details(), request.password());
        return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(me(account)).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.MUSICIAN_NAME, Role.ADMIN_NAME})
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Who the credentials belong to: details, roles and musician account")
    public Me me() {
        return me(accounts.require(security.getUserPrincipal().getName()));
    }

    @PUT
    @Path("/me")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.MUSICIAN_NAME, Role.ADMIN_NAME})
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Change your details (the e-mail address is your login and stays)")
    public Me describe(AccountDetails details) {
        if (details == null) {
            throw new BadRequestException("Send the new details as JSON.");
        }
        return me(accounts.describe(security.getUserPrincipal().getName(), details));
    }

    @POST
    @Path("/me/musician")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @SecurityRequirement(name = BackbeatApi.BASIC)
    @Operation(summary = "Open a musician account under an artist or band name")
    public Response openMusicianAccount(MusicianDetails details) {
        if (details == null) {
            return Problem.of(Status.BAD_REQUEST, "body-missing", "Send the artist details as JSON.").toResponse();
        }
        String email = security.getUserPrincipal().getName();
        musicians.open(email, details);
        return Response.status(Status.CREATED).entity(me(accounts.require(email))).build();
    }

    private Me me(Account account) {
        var roles = new TreeSet<String>();
        account.roles().forEach(role -> roles.add(role.name()));
        AccountDetails details = account.details();
        ArtistSummary artist = musicians.artistOf(account.email())
                .map(a -> new ArtistSummary(a.id(), a.name(), a.band(), a.genre(), 0))
                .orElse(null);
        return new Me(details.email(), details.name(), details.street(), details.postalCode(), details.city(),
                details.country(), details.phone(), roles, artist);
    }
}
