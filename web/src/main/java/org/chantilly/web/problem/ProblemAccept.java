package org.chantilly.web.problem;

import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.Problem;

/**
 * A request that accepts only {@code application/problem+json} also takes the operation's JSON. Clients generated
 * from the OpenAPI document send exactly that {@code Accept} to an operation that answers {@code 204 No Content}: its
 * only media types in the document are its problem responses'. JAX-RS would refuse it with a 406 because the resource
 * produces {@code application/json}, although the answer has no body at all. A request that accepts JSON or anything
 * else is left as it is.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class ProblemAccept implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && Arrays.stream(accept.split(","))
                .map(type -> type.split(";", 2)[0].strip())
                .allMatch(Problem.MEDIA_TYPE::equalsIgnoreCase)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json;q=0.9");
        }
    }
}
