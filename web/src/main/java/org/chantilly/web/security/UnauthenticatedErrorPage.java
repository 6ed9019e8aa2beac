package org.chantilly.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.platform.api.LoginAttempts;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ProblemType;

/**
 * The error page (web.xml) for a 401 the container sends itself, when credentials were given but are wrong:
 * the same problem+json body as every other API error, with the container's Basic challenge kept. The failure was
 * counted by the server's realm, where the password was checked (see {@code server-realm/}).
 */
@WebServlet(urlPatterns = UnauthenticatedErrorPage.PATH)
public class UnauthenticatedErrorPage extends HttpServlet {

    static final String PATH = "/errors/unauthenticated";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    LoginAttempts logins;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = basicUsername(request.getHeader("Authorization"));
        if (username != null && request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            logins.failed(username, request.getRemoteAddr());
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = new Problem(ProblemType.UNAUTHENTICATED.uri(), ProblemType.UNAUTHENTICATED.title(), 401,
                "The user name or password is wrong, or the account is inactive, or this address must wait a "
                        + "while after failed logins.",
                uri == null ? null : java.net.URI.create(uri.toString()), null);
        response.setStatus(401);
        if (response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", AuthenticationFilter.CHALLENGE);
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }

    /** The user name of HTTP Basic credentials, or {@code null} when there are none (or they are malformed). */
    static String basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
