package io.backbeat.payment.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The sandbox's API: create a charge (idempotent per Idempotency-Key), and, for developers and tests, look at the
 * charges made and the events sent.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ChargeResource {

    /** A page of objects, as Stripe lists them. */
    public record Listing<T>(int count, List<T> data) {
    }

    @Inject
    Charges charges;

    @Inject
    Events events;

    @POST
    @Path("/charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(@HeaderParam("Idempotency-Key") String key, ChargeRequest request) {
        Charges.Answer answer = charges.charge(request, key);
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("/charges")
    public Listing<Charge> charges() {
        List<Charge> all = charges.all();
        return new Listing<>(all.size(), all);
    }

    @GET
    @Path("/charges/{id}")
    public Response charge(@PathParam("id") String id) {
        return charges.find(id).map(charge -> Response.ok(charge).build())
                .orElseGet(() -> Response.status(404).entity(ApiError.of("invalid_request_error", "resource_missing",
                        "No such charge: " + id)).build());
    }

    @GET
    @Path("/events")
    public Listing<Event> events(@QueryParam("charge") String charge) {
        List<Event> about = events.about(charge);
        return new Listing<>(about.size(), about);
    }
}
