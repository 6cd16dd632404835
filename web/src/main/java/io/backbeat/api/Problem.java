package io.backbeat.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem detail: what every refusal of the API looks like.
 *
 * @param type   a URI naming the kind of problem (stable, for clients to switch on)
 * @param title  a short, human summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong with this request, in words a user can act on
 * @param extra  problem-specific members (for example the id of what was refused)
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extra) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_ROOT = "https://backbeat.io/problems/";

    /** RFC 9110's 422, which Jakarta REST 3.1's {@code Response.Status} does not name. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public static Problem of(Response.StatusType status, String kind, String detail) {
        return new Problem(TYPE_ROOT + kind, status.getReasonPhrase(), status.getStatusCode(), detail, Map.of());
    }

    public Problem with(String key, Object value) {
        var more = new java.util.LinkedHashMap<>(extra);
        more.put(key, value);
        return new Problem(type, title, status, detail, Map.copyOf(more));
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(asJson()).build();
    }

    /** Flat JSON, as RFC 9457 puts extension members beside the standard ones. */
    private Map<String, Object> asJson() {
        var json = new java.util.LinkedHashMap<String, Object>();
        json.put("type", type);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        json.putAll(extra);
        return json;
    }
}
