package org.chantilly.web.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.ProblemType;

/**
 * What JAX-RS itself rejects (unknown path, wrong method, wrong media type, unreadable body) and everything
 * unforeseen, as problems; a database that cannot be reached is a 503 the caller may retry. No exception message
 * reaches the caller.
 */
public final class ProtocolExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProtocolExceptionMappers.class.getName());

    private ProtocolExceptionMappers() {
    }

    /** Any status JAX-RS chose, with a stable title and a detail of our own. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            ProblemType type = ProblemType.forStatus(status);
            Response.ResponseBuilder builder = Problems.response(type, detailFor(status), uriInfo);
            if (status != type.status()) {
                builder.status(status);
            }
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                builder.header(HttpHeaders.ALLOW, allow);
            }
            if (status >= 500) {
                LOG.log(Level.WARNING, "request to " + uriInfo.getPath() + " failed with " + status, e);
            }
            return builder.build();
        }

        private static String detailFor(int status) {
            return switch (status) {
                case 400 -> "The request is malformed.";
                case 403 -> "Your role does not allow this.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that HTTP method; see the Allow header.";
                case 406 -> "This address cannot answer in the media type asked for.";
                case 415 -> "Send the body as application/json.";
                default -> "The request could not be processed.";
            };
        }
    }

    /** A body that is not JSON, or not JSON of the expected shape (the JSON-B provider's failure, however wrapped). */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ProcessingException e) {
            return malformedBody(uriInfo);
        }
    }

    /** The same, when the JSON-B provider lets its own exception through. */
    @Provider
    public static class Json implements ExceptionMapper<JsonbException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(JsonbException e) {
            return malformedBody(uriInfo);
        }
    }

    static Response malformedBody(UriInfo uriInfo) {
        return Problems.response(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON for this resource.", uriInfo).build();
    }

    /** The innermost cause's class and message, for a one-line log entry (a connection failure names no data). */
    static String rootCause(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 50; depth++) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    /** Everything else: logged with an error id that the caller can quote; nothing else is disclosed. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(Throwable e) {
            if (DatabaseUnavailable.isDatabaseUnavailable(e)) {
                LOG.warning(() -> "database unavailable on " + (uriInfo == null ? "?" : uriInfo.getPath()) + ": "
                        + rootCause(e));
                return Problems.response(ProblemType.UNAVAILABLE, "The database cannot be reached at the moment; "
                                + "nothing was changed. Try again shortly.", uriInfo)
                        .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
            }
            if (ConcurrentChange.isConcurrentChange(e)) {
                return Problems.response(ProblemType.CONFLICT,
                        "Someone else changed this at the same time; reload and try again.", uriInfo).build();
            }
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "error " + errorId + " on " + (uriInfo == null ? "?" : uriInfo.getPath()), e);
            return Problems.response(ProblemType.INTERNAL, "The server could not complete the request; its changes "
                    + "were rolled back. Quote error id " + errorId + " to your administrator.", uriInfo).build();
        }
    }
}
