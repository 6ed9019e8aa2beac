package org.chantilly.platform.internal;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.chantilly.platform.api.StartupOrder;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down until the application has finished its start-up: the schema migrated, the accounts and the first handbook
 * version in place, the process engine started with its models deployed ({@link StartupOrder}). The server registers
 * the application's checks before that start-up runs; without this one it could report ready in between.
 */
@Readiness
@ApplicationScoped
public class StartupHealthCheck implements HealthCheck {

    @Inject
    Clock clock;

    private volatile Instant startedAt;

    void onStartup(@Observes @Priority(StartupOrder.READY) Startup startup) {
        startedAt = clock.instant();
    }

    @Override
    public HealthCheckResponse call() {
        Instant started = startedAt;
        return started == null
                ? HealthCheckResponse.named("startup").down().build()
                : HealthCheckResponse.named("startup").up().withData("startedAt", started.toString()).build();
    }
}
