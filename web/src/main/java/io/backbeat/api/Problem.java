package io.backbeat.api;

import io.backbeat.platform.Refusal;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** The problem a business refusal is, with its details as extension members. */
    public static Problem of(Refusal refusal) {
        Response.StatusType status = switch (refusal.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> UNPROCESSABLE_CONTENT;
            case PAYMENT_DECLINED -> Response.Status.PAYMENT_REQUIRED;
            case PAYMENT_FAILED -> Response.Status.BAD_GATEWAY;
        };
        var problem = of(status, refusal.code(), refusal.getMessage());
        for (var detail : refusal.details().entrySet()) {
            problem = problem.with(detail.getKey(), detail.getValue());
        }
        return problem;
    }

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

    /** The problem as the answer of a servlet, which has no JAX-RS writer to do it. */
    public void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(SharedJsonb.JSONB.toJson(asJson()));
    }

    /** The problem as the answer of an Undertow handler (one served ahead of the servlets); does not block. */
    public void send(HttpServerExchange exchange) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, MEDIA_TYPE + ";charset=UTF-8");
        exchange.getResponseSender().send(SharedJsonb.JSONB.toJson(asJson()), StandardCharsets.UTF_8);
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
