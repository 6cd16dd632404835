package io.backbeat.api;

import io.backbeat.platform.Refusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        Response.StatusType status = switch (refusal.kind()) {
            case INVALID -> Status.BAD_REQUEST;
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case FORBIDDEN -> Status.FORBIDDEN;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED -> Status.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> Problem.UNPROCESSABLE_CONTENT;
            case PAYMENT_DECLINED -> Status.PAYMENT_REQUIRED;
            case PAYMENT_FAILED -> Status.BAD_GATEWAY;
        };
        var problem = Problem.of(status, refusal.code(), refusal.getMessage());
        for (var detail : refusal.details().entrySet()) {
            problem = problem.with(detail.getKey(), detail.getValue());
        }
        return problem.toResponse();
    }
}
