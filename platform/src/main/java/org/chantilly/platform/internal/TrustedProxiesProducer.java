package org.chantilly.platform.internal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.chantilly.platform.api.TrustedProxies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The trusted proxies of {@code chantilly.security.trusted-proxies}, read once; a wrong entry fails the start. */
@ApplicationScoped
public class TrustedProxiesProducer {

    @Inject
    @ConfigProperty(name = TrustedProxies.CONFIG)
    Optional<String> configured;

    @Produces
    @Singleton
    TrustedProxies trustedProxies() {
        return TrustedProxies.of(configured.orElse(""));
    }
}
