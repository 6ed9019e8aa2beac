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
import org.chantilly.platform.api.ProblemType;
import org.chantilly.web.problem.DatabaseUnavailable;
import org.chantilly.web.problem.Problems;

/**
 * Every request to the API needs a login. WildFly (Elytron, HTTP Basic against the accounts table) authenticates
 * the credentials; a request that arrives without an authenticated caller is answered with a 401 problem and a
 * Basic challenge, before any resource is matched, so unknown paths reveal nothing either. The one exception is
 * the public web form under {@code /api/public/}, which customers reach from the retailer's website. Failed and
 * successful logins are counted by the server's realm, where the password is checked.
 * <p>
 * Basic credentials that the container neither accepted nor refused (it refuses wrong ones itself, with a 401) could
 * not be checked: the accounts live in the database, and when that cannot be reached the request arrives here without
 * a caller. Then the answer is a 503 the client may retry, not a 401 that tells an employee their password is wrong.
 * Any other kind of {@code Authorization} ({@code Bearer ...}) was never checked and never will be: a 401 at once,
 * without taking a database connection.
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

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource database;

    @Override
    public void filter(ContainerRequestContext request) {
        java.security.Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null && !isPublic(request.getUriInfo().getPath())) {
            if (isBasic(request.getHeaderString(HttpHeaders.AUTHORIZATION)) && !databaseAnswers()) {
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

    /** Whether the header carries HTTP Basic credentials (the only ones the server checks against the accounts). */
    static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
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
