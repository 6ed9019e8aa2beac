package org.chantilly.platform.api;

import java.util.Optional;

/**
 * Where clients reach the server ({@code chantilly.public-url}): the start of the links the application writes into
 * mails and the log. Without configuration it is {@code http://localhost:<port>} on a server bound to the loopback
 * address only, and {@code https://<this machine's name>:<TLS port>} on any other (set it to the name clients use, the
 * proxy's when there is one).
 *
 * @param value the URL without a trailing slash
 */
public record PublicUrl(String value) {

    /** The configuration key. */
    public static final String CONFIG = "chantilly.public-url";

    /** The URL, without a trailing slash. */
    public PublicUrl {
        value = value.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
    }

    /**
     * The configured URL, else the default for these listeners.
     *
     * @param configured the configured value, if any
     * @param listeners  the server's listeners
     * @param hostName   this machine's name, for a server other machines reach
     */
    public static PublicUrl of(Optional<String> configured, Listeners listeners, String hostName) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return new PublicUrl(configured.get());
        }
        if (listeners.loopbackOnly() || listeners.tlsPort().isEmpty()) {
            int port = listeners.plainPort().orElse(8080);
            return new PublicUrl("http://localhost" + (port == 80 ? "" : ":" + port));
        }
        int port = listeners.tlsPort().getAsInt();
        return new PublicUrl("https://" + hostName + (port == 443 ? "" : ":" + port));
    }

    /** Whether clients reach it over TLS. */
    public boolean https() {
        return value.regionMatches(true, 0, "https://", 0, "https://".length());
    }

    /** The URL of a path on the server ({@code /api/public/answers/...}). */
    public String resolve(String path) {
        return value + (path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public String toString() {
        return value;
    }
}
