package org.chantilly.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ProblemType;

/**
 * The error page (web.xml) for a 401 the container sends itself, when credentials were given but are wrong:
 * the same problem+json body as every other API error, with the container's Basic challenge kept.
 */
@WebServlet(urlPatterns = UnauthenticatedErrorPage.PATH)
public class UnauthenticatedErrorPage extends HttpServlet {

    static final String PATH = "/errors/unauthenticated";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = new Problem(ProblemType.UNAUTHENTICATED.uri(), ProblemType.UNAUTHENTICATED.title(), 401,
                "The user name or password is wrong, or the account is inactive.",
                uri == null ? null : java.net.URI.create(uri.toString()), null);
        response.setStatus(401);
        if (response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", AuthenticationFilter.CHALLENGE);
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}
