package org.chantilly.web.security;

import java.security.Principal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.OwnPassword;
import org.chantilly.platform.api.ProblemType;
import org.chantilly.web.problem.Problems;

/**
 * An account whose password an administrator set (a new account, a reset) may do nothing but change it: every other
 * request it makes is refused with a 403 {@code password-change-required} problem before any resource is matched, so
 * it learns nothing else either. Runs after the login check ({@link AuthenticationFilter}); the account is read on
 * every request, so a reset counts at once and a change clears it at once.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeRequiredFilter implements ContainerRequestFilter {

    /** The one call such an account may make, relative to the API's root. */
    static final String CHANGE_PATH = "account/password";

    static final String DETAIL = "An administrator set your password. Change it first with POST /api/account/password "
            + "(currentPassword, newPassword); until then nothing else is allowed.";

    @Inject
    OwnPassword passwords;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null || isChange(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        if (passwords.changeRequired(caller.getName())) {
            request.abortWith(Problems.response(ProblemType.PASSWORD_CHANGE_REQUIRED, DETAIL, request.getUriInfo())
                    .build());
        }
    }

    /** Whether the request changes the caller's own password (the path as the API's root sees it). */
    static boolean isChange(String method, String path) {
        String relative = path != null && path.startsWith("/") ? path.substring(1) : path;
        return HttpMethod.POST.equals(method) && CHANGE_PATH.equals(relative);
    }
}
