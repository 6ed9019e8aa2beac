package org.chantilly.web.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ProblemType;

/** Builds problem responses. */
public final class Problems {

    private Problems() {
    }

    public static Response.ResponseBuilder response(ProblemType type, String detail, UriInfo uriInfo) {
        return response(new Problem(type.uri(), type.title(), type.status(), detail, instance(uriInfo), null));
    }

    public static Response.ResponseBuilder response(ProblemType type, String detail, List<FieldError> errors,
                                                    UriInfo uriInfo) {
        return response(new Problem(type.uri(), type.title(), type.status(), detail, instance(uriInfo), errors));
    }

    static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static URI instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        return URI.create(uriInfo.getRequestUri().getRawPath());
    }
}
