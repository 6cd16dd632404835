package io.backbeat.channel;

import io.backbeat.account.Role;
import io.backbeat.api.BackbeatApi;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators make and remove public channels. */
@Path("/admin/channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = BackbeatApi.BASIC)
@Tag(name = "Administration")
public class AdminChannelResource {

    @EJB
    Channels channels;

    @Inject
    Broadcasts broadcasts;

    @Inject
    ChannelViews views;

    @GET
    @Operation(summary = "Every channel, as the public listing shows it")
    public List<ChannelView> all() {
        return views.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a channel {\"slug\", \"title\", \"genre\", \"kind\": \"RANDOM_GENRE\"}: 201 with it; 400 for "
            + "a bad slug or field, or a genre with no work on sale licensed for businesses; 409 for a slug taken")
    public Response create(ChannelDetails details, @Context UriInfo uri) {
        if (details == null) {
            throw new InvalidInputException(Map.of("slug", "Send {\"slug\": \"lobby-jazz\", \"title\": \"Lobby Jazz\", "
                    + "\"genre\": \"Jazz\", \"kind\": \"RANDOM_GENRE\"}."));
        }
        ChannelInfo channel = channels.create(details);
        return Response.created(uri.getBaseUriBuilder().path("channels").path(channel.slug()).build()).entity(views.view(channel))
                .build();
    }

    @DELETE
    @Path("/{slug}")
    @Operation(summary = "Remove a channel (204); its listeners are cut off; 404 for no such channel")
    public Response delete(@PathParam("slug") String slug) {
        channels.delete(slug);
        broadcasts.stop(ChannelStreamServlet.key(slug));
        return Response.noContent().build();
    }
}
