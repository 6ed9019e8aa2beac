package org.chantilly.console.support;

import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.logging.Logger;

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
import jakarta.servlet.http.HttpSession;

import org.chantilly.platform.api.AccountSessions;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Ends a console session when its access ends, at the next request: when the account was deactivated, its role or
 * scope changed or its password was reset or changed since the login (its stamp differs from the one the session
 * logged in with, {@link AccountSessions}), and when the session has lasted
 * {@code chantilly.security.session.max-lifetime} (ISO 8601, default PT10H: one shift) however busy it was; the
 * 30-minute idle timeout stays. The next page is the login page with a message saying why. One primary-key read per
 * request of a logged-in employee. The lifetime is read on every request, so it can be changed while the server runs
 * (a system property). Static files (scripts, styles) pass unchecked: they show nothing of the account.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionGuard implements Filter {

    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());

    /** The session attribute that remembers the login. */
    static final String LOGIN = SessionGuard.class.getName() + ".login";

    static final String MAX_LIFETIME = "chantilly.security.session.max-lifetime";

    static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(10);

    @Inject
    AccountSessions accounts;

    @Inject
    Clock clock;

    /** Why a session must end, or {@link #GOES_ON}. */
    enum Verdict {
        GOES_ON, CHANGED, LIFETIME
    }

    /**
     * What a session logged in as.
     *
     * @param login the account
     * @param stamp its stamp at the login (-1: unknown, so it ends at once)
     * @param since when the login was
     */
    record Login(String login, long stamp, Instant since) implements Serializable {
    }

    /**
     * The employee changed their own password in this session (the change-password page): this session goes on with
     * the account's new stamp, while every other session of the account ends at its next request. Keeps the login's
     * time, so the maximum lifetime still counts from the login.
     */
    public static void continueWithStamp(HttpServletRequest request, long stamp) {
        HttpSession session = request.getSession(false);
        Principal principal = request.getUserPrincipal();
        if (session != null && principal != null && session.getAttribute(LOGIN) instanceof Login login
                && login.login().equals(principal.getName())) {
            session.setAttribute(LOGIN, new Login(login.login(), stamp, login.since()));
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Principal principal = http.getUserPrincipal();
        HttpSession session = http.getSession(false);
        String path = http.getRequestURI();
        if (principal == null || session == null || path.contains("/jakarta.faces.resource/")
                || path.contains("/resources/")) {
            // nobody logged in, or a static file of the console (scripts, styles): nothing to end
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        Login login = session.getAttribute(LOGIN) instanceof Login remembered
                && remembered.login().equals(principal.getName()) ? remembered : null;
        OptionalLong current = accounts.activeStamp(principal.getName());
        if (login == null) {
            // the first request after the login: the stamp the realm read with the password, else the current one
            OptionalLong atLogin = accounts.stampAtLogin();
            login = new Login(principal.getName(), atLogin.orElse(current.orElse(-1)), now);
            session.setAttribute(LOGIN, login);
        }
        Verdict verdict = verdict(login, current, now, maxLifetime());
        if (verdict == Verdict.GOES_ON) {
            chain.doFilter(request, response);
            return;
        }
        String who = login.login();
        LOG.info(() -> "console session of " + who + " ended: " + (verdict == Verdict.CHANGED
                ? "the account was deactivated or its access changed" : "it reached its maximum lifetime"));
        session.invalidate();
        http.logout();
        String target = http.getContextPath() + "/login.xhtml?ended="
                + (verdict == Verdict.CHANGED ? "changed" : "lifetime");
        HttpServletResponse answer = (HttpServletResponse) response;
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            // a Faces Ajax request follows a redirect only when its partial response says so
            answer.setContentType("text/xml");
            answer.setCharacterEncoding("UTF-8");
            answer.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            answer.sendRedirect(target);
        }
    }

    /**
     * Whether a session may go on: not when the account is inactive (no current stamp) or its stamp changed since the
     * login, nor when it has lasted the maximum lifetime.
     */
    static Verdict verdict(Login login, OptionalLong currentStamp, Instant now, Duration maxLifetime) {
        if (currentStamp.isEmpty() || currentStamp.getAsLong() != login.stamp()) {
            return Verdict.CHANGED;
        }
        if (!now.isBefore(login.since().plus(maxLifetime))) {
            return Verdict.LIFETIME;
        }
        return Verdict.GOES_ON;
    }

    /** The configured maximum lifetime (read each time); a malformed value counts as the default, with a warning. */
    static Duration maxLifetime() {
        String value = ConfigProvider.getConfig().getOptionalValue(MAX_LIFETIME, String.class).orElse(null);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_LIFETIME;
        }
        try {
            Duration lifetime = Duration.parse(value.strip());
            return lifetime.isNegative() || lifetime.isZero() ? DEFAULT_MAX_LIFETIME : lifetime;
        } catch (DateTimeParseException e) {
            LOG.warning(() -> MAX_LIFETIME + " is no ISO 8601 duration (" + value + "): " + DEFAULT_MAX_LIFETIME);
            return DEFAULT_MAX_LIFETIME;
        }
    }
}
