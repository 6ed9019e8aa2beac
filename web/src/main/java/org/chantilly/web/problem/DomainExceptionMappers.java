package org.chantilly.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.ProblemType;
import org.chantilly.platform.api.ResourceNotFoundException;

/** The platform's exceptions, whose messages are written for the caller, as problems. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    /** 400, listing every invalid field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(InvalidInputException e) {
            int n = e.errors().size();
            String detail = n == 1 ? "1 field is invalid." : n + " fields are invalid.";
            return Problems.response(ProblemType.VALIDATION, detail, e.errors(), uriInfo).build();
        }
    }

    /** 404. */
    @Provider
    public static class NotFound implements ExceptionMapper<ResourceNotFoundException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ResourceNotFoundException e) {
            return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uriInfo).build();
        }
    }

    /** 409. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ConflictException e) {
            return Problems.response(ProblemType.CONFLICT, e.getMessage(), uriInfo).build();
        }
    }

    /** 413. */
    @Provider
    public static class PayloadTooLarge implements ExceptionMapper<PayloadTooLargeException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(PayloadTooLargeException e) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body may have at most " + e.limit() + " bytes.", uriInfo).build();
        }
    }
}
