package org.chantilly.handbook.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.handbook.domain.HandbookRepository;
import org.chantilly.handbook.domain.HandbookVersion;
import org.chantilly.handbook.policy.PolicyRules;
import org.chantilly.platform.api.StartupOrder;
import org.eclipse.microprofile.config.Config;

/**
 * On an empty database, publishes the handbook that ships with Chantilly as version 1: the default text
 * ({@code handbook/default-handbook.json}) and the policy values from configuration ({@code chantilly.policy.*},
 * else the built-in defaults).
 */
@ApplicationScoped
class HandbookBootstrap {

    static final String DEFAULT_CONTENT = "handbook/default-handbook.json";

    private static final Logger LOG = Logger.getLogger(HandbookBootstrap.class.getName());

    @Inject
    HandbookRepository repository;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Transactional
    void onStartup(@Observes @Priority(StartupOrder.HANDBOOK) Startup startup) {
        if (repository.count() > 0) {
            return;
        }
        var values = PolicyRules.materialise(key -> config.getOptionalValue(key, String.class));
        var errors = PolicyRules.check(values);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the configured policy values break the handbook's rules: " + errors);
        }
        repository.add(HandbookVersion.initial(defaultContent(), HandbookService.json(values),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        LOG.info("handbook version 1 published from the default handbook");
    }

    static String defaultContent() {
        try (InputStream in = HandbookBootstrap.class.getClassLoader().getResourceAsStream(DEFAULT_CONTENT)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_CONTENT + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
