package org.chantilly.intake.infrastructure;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.chantilly.intake.api.Retention;
import org.chantilly.platform.api.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention rule on the container's {@link ManagedScheduledExecutorService} every
 * {@code chantilly.retention.interval} (ISO 8601, default {@code PT24H}; {@code none} for no scheduled run). The first
 * run comes one interval after start-up, at most {@value #FIRST_RUN_AT_MOST_MINUTES} minutes. (The modules are
 * libraries of the EAR, where EJB timers do not reach.)
 */
@ApplicationScoped
class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    static final long FIRST_RUN_AT_MOST_MINUTES = 10;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Retention retention;

    @Inject
    @ConfigProperty(name = "chantilly.retention.interval", defaultValue = "PT24H")
    String interval;

    private ScheduledFuture<?> scheduled;

    void onStartup(@Observes @Priority(StartupOrder.READY - 1) Startup startup) {
        Duration every = parse(interval);
        if (every == null) {
            LOG.info("retention: no scheduled run (chantilly.retention.interval=none); POST /api/admin/retention/run applies it");
            return;
        }
        Duration first = every.compareTo(Duration.ofMinutes(FIRST_RUN_AT_MOST_MINUTES)) < 0 ? every
                : Duration.ofMinutes(FIRST_RUN_AT_MOST_MINUTES);
        scheduled = scheduler.scheduleWithFixedDelay(this::run, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "retention: runs every " + every + ", first in " + first);
    }

    private void run() {
        try {
            retention.runNow(null);
        } catch (RuntimeException e) {
            // the next run tries again; the complaints of the failed batch are still there
            LOG.log(Level.WARNING, "retention run failed (" + e.getClass().getSimpleName() + "); the next run tries again", e);
        }
    }

    /** The interval, or null for {@code none}. */
    static Duration parse(String interval) {
        if (interval == null || interval.isBlank() || interval.strip().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            Duration every = Duration.parse(interval.strip());
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("chantilly.retention.interval must be positive: " + interval);
            }
            return every;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("chantilly.retention.interval is no ISO 8601 duration: " + interval, e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
