package org.chantilly.console.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.platform.api.OwnPassword;

/**
 * While an employee must change the password an administrator set, the console shows them nothing but the
 * change-password page: every other page (and every form or Ajax request of one) is redirected there. The login page,
 * the error page and the static resources stay reachable. The account is read on every request, so a reset counts at
 * once and the change clears it at once.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeGate implements Filter {

    /** The change-password page, relative to the console's root. */
    public static final String PAGE = "/account/password.xhtml";

    /** The request attribute that tells the pages what the gate found (a {@code Boolean}). */
    static final String REQUIRED = PasswordChangeGate.class.getName() + ".required";

    /** What stays reachable: the page itself, the login and error pages. */
    private static final Set<String> OPEN = Set.of(PAGE, "/login.xhtml", "/error.xhtml");

    @Inject
    OwnPassword passwords;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Principal user = http.getUserPrincipal();
        String path = path(http);
        if (user == null || isStatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean required = passwords.changeRequired(user.getName());
        http.setAttribute(REQUIRED, required);
        if (!required || OPEN.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        redirect(http, (HttpServletResponse) response);
    }

    /** The path below the console's root, without the session id or the query. */
    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        int parameters = path.indexOf(';');
        return parameters < 0 ? path : path.substring(0, parameters);
    }

    /** Whether the path stays reachable while a change is required. */
    static boolean isOpen(String path) {
        return OPEN.contains(path) || isStatic(path);
    }

    /** The console's static files (styles, scripts, images), which show nobody's data. */
    private static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** To the page: a plain redirect, or for a Faces Ajax request the partial response that tells the page to go. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }
}
