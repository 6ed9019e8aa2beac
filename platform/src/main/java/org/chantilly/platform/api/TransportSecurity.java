package org.chantilly.platform.api;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Whether the API and the console must be reached over TLS, and how a request that came without it is answered.
 * Confidentiality is required whenever the server is not bound to the loopback address only ({@link Listeners}), or
 * always with {@code chantilly.security.require-tls=always} (a server behind a proxy on the same machine). A request is
 * secure when it came over TLS, or from a trusted proxy that says in {@code X-Forwarded-Proto} that the client spoke
 * TLS to it ({@link TrustedProxies}); anyone else's header is ignored. Secure responses carry
 * {@code Strict-Transport-Security}, but not to the host name {@code localhost}, where a browser would remember it for
 * every local port.
 */
public final class TransportSecurity {

    /** The configuration key: {@code auto} (the default) or {@code always}. */
    public static final String CONFIG = "chantilly.security.require-tls";

    /** The value of {@code Strict-Transport-Security}: browsers use only HTTPS for the host for a year. */
    public static final String HSTS = "max-age=31536000";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    private final boolean required;
    private final TrustedProxies proxies;
    private final OptionalInt tlsPort;

    private TransportSecurity(boolean required, TrustedProxies proxies, OptionalInt tlsPort) {
        this.required = required;
        this.proxies = proxies;
        this.tlsPort = tlsPort;
    }

    /**
     * @param listeners  the server's listeners
     * @param proxies    the proxies whose {@code X-Forwarded-Proto} is believed
     * @param requireTls {@code auto} or blank (required unless the server is bound to loopback only), or {@code always}
     * @throws IllegalArgumentException for any other value, naming the key
     */
    public static TransportSecurity of(Listeners listeners, TrustedProxies proxies, String requireTls) {
        String mode = requireTls == null || requireTls.isBlank() ? "auto" : requireTls.strip().toLowerCase(Locale.ROOT);
        boolean required = switch (mode) {
            case "auto" -> !listeners.loopbackOnly();
            case "always" -> true;
            default -> throw new IllegalArgumentException(CONFIG + " must be auto or always, not " + requireTls);
        };
        return new TransportSecurity(required, proxies, listeners.tlsPort());
    }

    /** Whether plain HTTP is refused (API) or redirected to HTTPS (console). */
    public boolean required() {
        return required;
    }

    /** Whether the client spoke TLS: to this server, or to a trusted proxy that says so. */
    public boolean secure(boolean connectionSecure, String peerAddress, String forwardedProto) {
        return proxies.secure(connectionSecure, peerAddress, forwardedProto);
    }

    /** Whether this request is refused or redirected because it came without TLS where TLS is required. */
    public boolean refuses(boolean connectionSecure, String peerAddress, String forwardedProto) {
        return required && !secure(connectionSecure, peerAddress, forwardedProto);
    }

    /**
     * Where a request that came without TLS is sent instead: the same host and path over HTTPS, on the server's TLS
     * port when the client came directly, on the standard port when it came through a trusted proxy (which answers
     * HTTPS there). Empty when the host name is not one a client can have sent (then the request is refused).
     *
     * @param host         the host the client asked for ({@code Host}, without the port)
     * @param pathAndQuery the path, and the query after a {@code ?}, as the client sent them
     * @param peerAddress  the address the request came from
     */
    public Optional<String> httpsLocation(String host, String pathAndQuery, String peerAddress) {
        if (host != null && host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]"; // an IPv6 address as the container gives it, without brackets
        }
        if (host == null || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        boolean direct = !proxies.trusts(peerAddress);
        int port = direct ? tlsPort.orElse(443) : 443;
        String path = pathAndQuery == null || !pathAndQuery.startsWith("/") ? "/" : pathAndQuery;
        return Optional.of("https://" + host + (port == 443 ? "" : ":" + port) + path);
    }

    /** Whether a response to this request carries {@code Strict-Transport-Security}. */
    public boolean strictTransport(boolean secure, String host) {
        if (!secure || host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return !name.equals("localhost") && !name.endsWith(".localhost");
    }
}
