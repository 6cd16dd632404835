package io.backbeat.channel;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public channels anyone may listen to, with what each plays now. */
@Path("/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
public class ChannelResource {

    @Inject
    ChannelViews views;

    @GET
    @Operation(summary = "Public channels by title: each stream's address, what it plays now (null while nobody "
            + "listens) and how many listen on this server")
    public List<ChannelView> all() {
        return views.all();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One public channel; 404 for no such channel")
    public ChannelView one(@PathParam("slug") String slug) {
        return views.one(slug);
    }
}
