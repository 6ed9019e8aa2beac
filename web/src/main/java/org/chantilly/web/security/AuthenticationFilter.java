package org.chantilly.web.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.Datasource;
import org.chantilly.platform.api.LoginAttempts;
import org.chantilly.platform.api.ProblemType;
import org.chantilly.web.problem.DatabaseUnavailable;
import org.chantilly.web.problem.Problems;

/**
 * Every request to the API needs a login. WildFly (Elytron, HTTP Basic against the accounts table) authenticates
 * the credentials; a request that arrives without an authenticated caller is answered with a 401 problem and a
 * Basic challenge, before any resource is matched, so unknown paths reveal nothing either. The one exception is
 * the public web form under {@code /api/public/}, which customers reach from the retailer's website. An
 * authenticated request clears the caller's count of failed logins.
 * <p>
 * Credentials that the container neither accepted nor refused (it refuses wrong ones itself, with a 401) could not be
 * checked: the accounts live in the database, and when that cannot be reached the request arrives here without a
 * caller. Then the answer is a 503 the client may retry, not a 401 that tells an employee their password is wrong.
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

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource database;

    @Override
    public void filter(ContainerRequestContext request) {
        java.security.Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller != null) {
            logins.succeeded(caller.getName());
        } else if (!isPublic(request.getUriInfo().getPath())) {
            if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null && !databaseAnswers()) {
                request.abortWith(Problems.response(ProblemType.UNAVAILABLE, "Your login cannot be checked: the "
                                + "database cannot be reached at the moment. Try again shortly.", request.getUriInfo())
                        .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                        .build());
                return;
            }
            request.abortWith(Problems.response(ProblemType.UNAUTHENTICATED,
                            "Log in with your Chantilly account (HTTP Basic).", request.getUriInfo())
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build());
        }
    }

    /** Whether a connection to the database can be had and answers (only asked when a login could not be checked). */
    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
