package org.chantilly.platform.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.chantilly.platform.api.Listeners;
import org.chantilly.platform.api.PublicUrl;
import org.chantilly.platform.api.TransportSecurity;
import org.chantilly.platform.api.TrustedProxies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether TLS is required ({@code chantilly.security.require-tls}, the server's listeners, the trusted proxies) and
 * where clients reach the server ({@code chantilly.public-url}), each decided once; a wrong value fails the start.
 */
@ApplicationScoped
public class TransportSecurityProducer {

    private static final Logger LOG = Logger.getLogger(TransportSecurityProducer.class.getName());

    @Inject
    @ConfigProperty(name = TransportSecurity.CONFIG)
    Optional<String> requireTls;

    @Inject
    @ConfigProperty(name = PublicUrl.CONFIG)
    Optional<String> publicUrl;

    @Produces
    @Singleton
    TransportSecurity transportSecurity(Listeners listeners, TrustedProxies proxies) {
        TransportSecurity security = TransportSecurity.of(listeners, proxies, requireTls.orElse(null));
        LOG.info(() -> security.required()
                ? "TLS is required: the API refuses plain HTTP (403), the console redirects it to HTTPS"
                : "TLS is not required: the server is bound to the loopback address only");
        return security;
    }

    @Produces
    @Singleton
    PublicUrl publicUrl(Listeners listeners) {
        PublicUrl url = PublicUrl.of(publicUrl, listeners, hostName());
        if (!url.https() && !listeners.loopbackOnly()) {
            LOG.warning(() -> PublicUrl.CONFIG + " is " + url + ": links in mails to customers would not use TLS; "
                    + "set it to the https:// address clients use");
        } else if (publicUrl.isEmpty() && !listeners.loopbackOnly()) {
            LOG.warning(() -> PublicUrl.CONFIG + " is not set; links in mails start with " + url
                    + ": set it to the address clients use (the proxy's, when there is one)");
        }
        return url;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
