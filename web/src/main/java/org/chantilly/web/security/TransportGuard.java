package org.chantilly.web.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.platform.api.LoginAttempts;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ProblemType;
import org.chantilly.platform.api.TransportSecurity;
import org.chantilly.platform.api.TrustedProxies;

/**
 * TLS for the API ({@link TransportSecurity}): where it is required, a request that came without it is answered with a
 * 403 {@code https-required} problem that names the HTTPS address (the root address is redirected there instead), so
 * nothing is read or changed over plain HTTP. A login that the container already refused on such a request is counted
 * as failed as usual, and answered alike, so plain HTTP never tells a right password from a wrong one. Responses to
 * requests over TLS, directly or through a trusted proxy, carry {@code Strict-Transport-Security}.
 */
// ERROR too: a refused login is answered by the error page, after the container's authentication
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class TransportGuard implements Filter {

    static final String API_PREFIX = "/api/";

    @Inject
    TransportSecurity transport;

    @Inject
    TrustedProxies proxies;

    @Inject
    LoginAttempts logins;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String proto = request.getHeader("X-Forwarded-Proto");
        if (transport.refuses(request.isSecure(), request.getRemoteAddr(), proto)) {
            refuse(request, response);
            return;
        }
        if (transport.strictTransport(transport.secure(request.isSecure(), request.getRemoteAddr(), proto),
                request.getServerName())) {
            response.setHeader("Strict-Transport-Security", TransportSecurity.HSTS);
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        Object failed = error ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        String path = failed != null ? failed.toString() : request.getRequestURI();
        if (error && Integer.valueOf(401).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            String username = UnauthenticatedErrorPage.basicUsername(request.getHeader("Authorization"));
            if (username != null) {
                logins.failed(username, proxies.clientAddress(request.getRemoteAddr(),
                        request.getHeader("X-Forwarded-For")));
            }
        }
        String query = !error && request.getQueryString() != null ? "?" + request.getQueryString() : "";
        Optional<String> location = transport.httpsLocation(request.getServerName(), path + query,
                request.getRemoteAddr());
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setHeader("WWW-Authenticate", null);
        boolean api = path.startsWith(API_PREFIX) || path.equals("/api");
        if (!api && location.isPresent() && !error
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", location.get());
            return;
        }
        ProblemType type = ProblemType.HTTPS_REQUIRED;
        JsonObjectBuilder problem = Json.createObjectBuilder().add("type", type.uri().toString())
                .add("title", type.title()).add("status", type.status()).add("detail", detail(location));
        URI instance = instance(path);
        if (instance != null) {
            problem.add("instance", instance.toString());
        }
        response.setStatus(type.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.build().toString());
    }

    /** What the client is told: use HTTPS, at this address when it is known. */
    static String detail(Optional<String> location) {
        return "This server answers only over HTTPS (TLS), so that passwords and personal data never cross the "
                + "network in the clear. " + location.map(l -> "Send the request to " + l + ".")
                .orElse("Send the request to the https:// address of this server.");
    }

    private static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
