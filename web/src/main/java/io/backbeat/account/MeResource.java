package io.backbeat.account;

import io.backbeat.api.BackbeatApi;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = BackbeatApi.BASIC)
public class MeResource {

    public record Me(String email, String displayName, Set<String> roles) {
    }

    @EJB
    Accounts accounts;

    @Context
    SecurityContext security;

    @GET
    @PermitAll
    @Operation(summary = "Who the credentials belong to, and their roles")
    public Me me() {
        if (security.getUserPrincipal() == null) {
            throw new ForbiddenException();
        }
        Account account = accounts.find(security.getUserPrincipal().getName()).orElseThrow(ForbiddenException::new);
        var roles = new TreeSet<String>();
        account.roles().forEach(role -> roles.add(role.name()));
        return new Me(account.email(), account.displayName(), roles);
    }
}
