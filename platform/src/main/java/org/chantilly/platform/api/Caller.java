package org.chantilly.platform.api;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The authenticated employee on whose behalf a use case runs.
 *
 * @param username the login name
 * @param roles    the {@link Roles} the account holds
 */
public record Caller(String username, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        roles = Set.copyOf(roles);
    }

    /**
     * The caller as the container authenticated them, with those of the {@link Roles} the container grants.
     *
     * @param username the authenticated principal's name
     * @param inRole   the container's role check, e.g. {@code SecurityContext::isUserInRole}
     */
    public static Caller of(String username, Predicate<String> inRole) {
        return new Caller(username, Roles.ALL.stream().filter(inRole).collect(Collectors.toSet()));
    }

    /** The authenticated caller of a JAX-RS request. */
    public static Caller of(jakarta.ws.rs.core.SecurityContext security) {
        return of(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
