package org.chantilly.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.LoginAttempts;
import org.chantilly.platform.api.ProblemType;
import org.chantilly.web.problem.Problems;

/**
 * Every request to the API needs a login. WildFly (Elytron, HTTP Basic against the accounts table) authenticates
 * the credentials; a request that arrives without an authenticated caller is answered with a 401 problem and a
 * Basic challenge, before any resource is matched, so unknown paths reveal nothing either. The one exception is
 * the public web form under {@code /api/public/}, which customers reach from the retailer's website. An
 * authenticated request clears the caller's count of failed logins.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String PUBLIC_PREFIX = "public/";

    static final String CHALLENGE = "Basic realm=\"Chantilly\", charset=\"UTF-8\"";

    static boolean isPublic(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith(PUBLIC_PREFIX);
    }

    @Inject
    LoginAttempts logins;

    @Override
    public void filter(ContainerRequestContext request) {
        java.security.Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller != null) {
            logins.succeeded(caller.getName());
        } else if (!isPublic(request.getUriInfo().getPath())) {
            request.abortWith(Problems.response(ProblemType.UNAUTHENTICATED,
                            "Log in with your Chantilly account (HTTP Basic).", request.getUriInfo())
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build());
        }
    }
}
