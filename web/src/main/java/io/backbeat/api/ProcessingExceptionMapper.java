package io.backbeat.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that JSON-B cannot bind (malformed JSON, a value outside an enumeration) is the client's mistake. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.of(Status.BAD_REQUEST, "unreadable-body",
                "The request body is not valid JSON for this resource: check the field names and allowed values"
                        + " in the API documentation (/api-docs/).").toResponse();
    }
}
