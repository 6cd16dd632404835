package io.backbeat.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that JSON-B cannot bind (malformed JSON, a value outside an enumeration) is the client's mistake. A request
 * without a body cannot have sent a bad one: there the failure was writing the answer, which is ours.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException e) {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return new UnexpectedErrorMapper().toResponse(e);
        }
        return Problem.of(Status.BAD_REQUEST, "unreadable-body",
                "The request body is not valid JSON for this resource: check the field names and allowed values"
                        + " in the API documentation (/api-docs/).").toResponse();
    }
}
