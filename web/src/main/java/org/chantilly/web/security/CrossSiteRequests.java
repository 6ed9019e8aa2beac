package org.chantilly.web.security;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.UnsupportedMediaTypeException;

/**
 * Refuses state-changing requests that a page of another site could make a browser send (cross-site request
 * forgery): a browser that holds an employee's Basic credentials sends them along with any request to this server,
 * also one another site's form or script starts. Another site can only send what an HTML form sends without asking
 * this server first (a CORS preflight, which it never grants): no body, or a body of type
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain}, and no header of its
 * own. So every {@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE} must come with a body of another type
 * ({@code application/json}, an empty {@code {}} will do; an attachment's file type) or with the header
 * {@code X-Requested-With}; anything else is a 415 problem saying so.
 * <p>
 * The one exception is the customer's answer page ({@code /api/public/answers/{token}}), a plain HTML form: it needs no
 * login, so a forged post carries no credentials, and it acts only with the single-use, unguessable token from the
 * customer's mail. Runs after the role check (a wrong role stays a 403) and before the resource.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class CrossSiteRequests implements ContainerRequestFilter {

    /** The header a script sends to say it is not a plain form. */
    public static final String REQUESTED_WITH = "X-Requested-With";

    static final String ANSWER_PAGE_PREFIX = AuthenticationFilter.PUBLIC_PREFIX + "answers/";

    static final String DETAIL = PlatformMessage.CROSS_SITE.with("{}").english();

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The body types an HTML form (or a script without a CORS preflight) can send to another site. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!forgeable(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE), request.getHeaderString(REQUESTED_WITH))) {
            return;
        }
        throw new UnsupportedMediaTypeException(PlatformMessage.CROSS_SITE, "{}");
    }

    /**
     * Whether another site could have made a browser send this request, and it changes something.
     *
     * @param path the path below the application ({@code tasks/7/claim})
     */
    static boolean forgeable(String method, String path, String contentType, String requestedWith) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.startsWith(ANSWER_PAGE_PREFIX)) {
            return false;
        }
        if (requestedWith != null && !requestedWith.isBlank()) {
            return false;
        }
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || FORM_TYPES.contains(type);
    }
}
