package org.chantilly.realm;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a password check comes from: the source address its delays count under, and the way in ({@code via}):
 * {@code API} (HTTP Basic), {@code CONSOLE} (the console's form login) or {@code RECHECK} (a logged-in employee
 * confirming an action with their password, such as signing the handbook). Read from the servlet request the check
 * runs in (Undertow's {@code ServletRequestContext}: the realm is called on the request's thread, during the
 * container's authentication or from the application); outside a request the source is {@code unknown}.
 *
 * @param source the client address (see {@link ClientAddress})
 * @param via    {@code API}, {@code CONSOLE}, {@code RECHECK} or {@code OTHER}
 */
record LoginRequest(String source, String via) {

    static final LoginRequest UNKNOWN = new LoginRequest("unknown", "OTHER");

    /** What the source of a password confirmed again starts with. */
    static final String RECHECK = "recheck@";

    /** {@code ServletRequestContext.current()} and {@code getServletRequest()}, or null outside Undertow. */
    private static final Method[] CONTEXT = contextMethods();

    /** The request this thread serves, or {@link #UNKNOWN}. */
    static LoginRequest current(ClientAddress addresses) {
        if (CONTEXT == null) {
            return UNKNOWN;
        }
        try {
            Object context = CONTEXT[0].invoke(null);
            Object request = context == null ? null : CONTEXT[1].invoke(context);
            return request instanceof HttpServletRequest http ? of(addresses, http) : UNKNOWN;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** Looked up by name: Undertow is a module of the server ({@code io.undertow.servlet}), not a build dependency. */
    private static Method[] contextMethods() {
        try {
            Class<?> type = Class.forName("io.undertow.servlet.handlers.ServletRequestContext", false,
                    LoginRequest.class.getClassLoader());
            return new Method[] {type.getMethod("current"), type.getMethod("getServletRequest")};
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /**
     * The request's source and way in. A password confirmed again counts apart from the logins of the same address
     * ({@code recheck@} before it): the employee's own requests, each a successful login with HTTP Basic, would
     * otherwise forget its failures before they add up.
     */
    static LoginRequest of(ClientAddress addresses, HttpServletRequest http) {
        String source = addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
        if (http.getUserPrincipal() != null) {
            return new LoginRequest(RECHECK + source, "RECHECK");
        }
        String uri = http.getRequestURI();
        return new LoginRequest(source, uri != null && uri.endsWith("/j_security_check") ? "CONSOLE" : "API");
    }
}
