package org.chantilly.console.support;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.platform.api.TransportSecurity;

/**
 * TLS for the console ({@link TransportSecurity}): where it is required, a page asked for without TLS is redirected to
 * the same page over HTTPS (301, or 308 for anything but GET and HEAD, so a browser repeats it as it was), the login
 * page the container shows included; pages over TLS, directly or through a trusted proxy, carry
 * {@code Strict-Transport-Security}. The session cookie is {@code Secure} on every response over TLS (the
 * {@code secure-cookie} handler of {@code undertow-handlers.conf}) and, where TLS is required, always
 * ({@link SecureSessionCookie}), so a browser never sends it in the clear.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class ConsoleTransport implements Filter {

    @Inject
    TransportSecurity transport;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String proto = request.getHeader("X-Forwarded-Proto");
        if (transport.refuses(request.isSecure(), request.getRemoteAddr(), proto)) {
            redirect(request, response);
            return;
        }
        if (transport.strictTransport(transport.secure(request.isSecure(), request.getRemoteAddr(), proto),
                request.getServerName())) {
            response.setHeader("Strict-Transport-Security", TransportSecurity.HSTS);
        }
        chain.doFilter(request, response);
    }

    private void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        String location = transport.httpsLocation(request.getServerName(), asked(request), request.getRemoteAddr())
                .orElse(null);
        if (location == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", location);
    }

    /** The path and query the client asked for (not those of the login or error page the container shows instead). */
    static String asked(HttpServletRequest request) {
        Object uri = switch (request.getDispatcherType()) {
            case FORWARD -> request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            case ERROR -> request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            default -> null;
        };
        if (uri != null) {
            Object query = request.getDispatcherType() == DispatcherType.FORWARD
                    ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : null;
            return uri + (query == null ? "" : "?" + query);
        }
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /**
     * Where TLS is required, the session cookie is {@code Secure} whatever the request, as TLS may end at a proxy in
     * front of the server (then the connection to the server is plain, and {@code secure-cookie} would not see it).
     */
    @WebListener
    public static class SecureSessionCookie implements ServletContextListener {

        @Inject
        TransportSecurity transport;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            if (transport.required()) {
                event.getServletContext().getSessionCookieConfig().setSecure(true);
            }
        }
    }
}
