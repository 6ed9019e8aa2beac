package org.chantilly.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.ProblemException;
import org.chantilly.platform.api.TooManyRequestsException;

/** Exceptions whose message is written for the caller (not found, conflict, invalid fields, too large), as problems. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        Response.ResponseBuilder response = Problems.response(e.type(), e.getMessage(), e.errors(), uriInfo);
        if (e instanceof TooManyRequestsException tooMany) {
            response.header("Retry-After", Math.max(1, tooMany.retryAfter().toSeconds()));
        }
        return response.build();
    }
}
