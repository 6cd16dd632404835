package io.backbeat.keys;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's registered players: register one's own key, get a personalised player, list, revoke. */
@Path("/me/players")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CUSTOMER_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Players")
public class PlayerResource {

    /** A player that made its own OpenPGP key pair: a name for it and its armored public key. */
    public record Registration(String name, String publicKey) {
    }

    /** A personalised player: its name and the passphrase that will lock its secret key. */
    public record PersonalisedPlayer(String name, String passphrase) {
    }

    @EJB
    Players players;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "This customer's players, active first")
    public List<PlayerView> mine() {
        return players.mine(customer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a player's own public key (OpenPGP, RSA ≥ 2048 bits or Curve25519, with an "
            + "encryption subkey): 201 with the player; 400 for a key that is not usable, 409 at the limit of active "
            + "players or for a key registered before")
    public Response register(Registration registration, @Context UriInfo uri) {
        if (registration == null || registration.publicKey() == null || registration.publicKey().isBlank()) {
            throw new InvalidInputException(Map.of("publicKey", "Send the player's public key, armored, as "
                    + "{\"name\": \"Kitchen laptop\", \"publicKey\": \"-----BEGIN PGP PUBLIC KEY BLOCK-----…\"}."));
        }
        PlayerView player = players.register(customer(), registration.publicKey().getBytes(StandardCharsets.UTF_8),
                registration.name());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(player.id())).build())
                .entity(player).build();
    }

    @POST
    @Path("/personalised")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Make a personalised player: the store makes its key pair, registers the public key and "
            + "answers a zip with the secret key locked by the passphrase (which the store does not keep), the "
            + "store's key and the player's settings")
    public Response personalise(PersonalisedPlayer request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException(Map.of("name", "Send {\"name\": …, \"passphrase\": …}."));
        }
        char[] passphrase = request.passphrase() == null ? null : request.passphrase().toCharArray();
        Players.Personalised made = players.personalise(customer(), request.name(), passphrase);
        byte[] bundle = PlayerBundle.zip(made, uri.getBaseUri().resolve("/"));
        return Response.status(Response.Status.CREATED)
                .type("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + PlayerBundle.fileName(made.player()) + "\"")
                .header("Location", uri.getBaseUriBuilder().path("me/players").path(Long.toString(made.player().id()))
                        .build())
                .entity(bundle).build();
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke one lost or retired player for good; the account's other players are untouched")
    public PlayerView revoke(@PathParam("id") long id) {
        return players.revoke(customer(), id);
    }

    private String customer() {
        return security.getUserPrincipal().getName();
    }
}
