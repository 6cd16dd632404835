package io.backbeat.api;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body, role missing) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ForbiddenException && security.getUserPrincipal() == null) {
            // @RolesAllowed refused an anonymous caller: that is a missing login, not a missing right.
            return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, "login-required",
                            "Log in first: send your Backbeat e-mail and password with HTTP Basic authentication.")
                    .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Backbeat\"").build();
        }
        Status status = Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Status.BAD_REQUEST;
        }
        String detail = switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers in application/json.";
            case FORBIDDEN -> "Your account is not allowed to do this.";
            case BAD_REQUEST -> "The request could not be read: check its JSON body and parameters.";
            default -> status.getReasonPhrase();
        };
        return Problem.of(status, status.name().toLowerCase().replace('_', '-'), detail).toResponse();
    }
}
