package org.chantilly.platform.internal;

import static org.chantilly.platform.internal.ConfiguredDurations.positive;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns what the server's realm noted about failed logins into audit records, in the application's own transactions
 * (the realm is a server module: it cannot reach the audit trail, whose records are hash-chained by the application).
 * Every {@code chantilly.security.login-events.interval} (default PT5S) on the container's scheduled executor:
 * <ul>
 *     <li>each queued failure of an existing account ({@code login_event}) becomes a {@code LOGIN_FAILED} record (why:
 *     {@code WRONG_PASSWORD} or {@code INACTIVE}; the way in: {@code API}, {@code CONSOLE} or {@code RECHECK}; the
 *     failures in a row and the wait that followed), and the one that started the delays also a {@code LOGIN_DELAYED}
 *     record; the queue row is deleted in the same transaction, so each becomes exactly one record, also with several
 *     servers;</li>
 *     <li>the attempts the realm refused unchecked while their address had to wait become one
 *     {@code LOGIN_ATTEMPTS_REFUSED} record per account and address at the end of the burst, once none came for
 *     {@code chantilly.security.login-delay.report-after} (default PT1M), or hourly while it goes on; the address goes
 *     to the server log only, as in the realm's own log lines;</li>
 *     <li>failures older than {@code chantilly.security.login-delay.forget-after} (default PT24H) are removed.</li>
 * </ul>
 * Nothing here decides a login: the realm does, at once. A record therefore comes some seconds after the attempt;
 * its {@code at} value says when the attempt was made.
 */
@ApplicationScoped
class LoginEvents {

    private static final Logger LOG = Logger.getLogger(LoginEvents.class.getName());

    /** The actor of a failed login: nobody is authenticated. */
    static final String ANONYMOUS = "anonymous";

    static final int BATCH = 100;

    /** A burst of refused attempts that goes on is reported at least this often. */
    static final Duration LONGEST_REPORT = Duration.ofHours(1);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** This bean through its proxy, so that each batch gets its own transaction. */
    @Inject
    LoginEvents self;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "chantilly.security.login-events.interval", defaultValue = "PT5S")
    String interval;

    @Inject
    @ConfigProperty(name = "chantilly.security.login-delay.report-after", defaultValue = "PT1M")
    String reportAfter;

    @Inject
    @ConfigProperty(name = "chantilly.security.login-delay.forget-after", defaultValue = "PT24H")
    String forgetAfter;

    private ScheduledFuture<?> scheduled;

    void onStartup(@Observes @Priority(StartupOrder.READY - 1) Startup startup) {
        Duration every = positive("chantilly.security.login-events.interval", interval);
        positive("chantilly.security.login-delay.report-after", reportAfter);
        positive("chantilly.security.login-delay.forget-after", forgetAfter);
        scheduled = scheduler.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "login events: audited every " + every + ", refused attempts reported " + reportAfter
                + " after a burst");
    }

    /** One round: the queued failures, the bursts that ended, the forgotten failures. Never throws. */
    void run() {
        try {
            while (self.auditQueued() == BATCH) {
                // the next batch in a transaction of its own
            }
            Instant now = clock.instant();
            self.reportRefusals(now, Duration.parse(reportAfter));
            self.forget(now, Duration.parse(forgetAfter));
        } catch (RuntimeException e) {
            // the queue stays: the next round tries again
            LOG.log(Level.WARNING, "login events could not be audited (" + e.getClass().getSimpleName()
                    + "); the next round tries again", e);
        }
    }

    /**
     * Audits up to {@value #BATCH} queued failures, oldest first, and deletes them.
     *
     * @return how many were taken from the queue
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int auditQueued() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, occurred_at, username, reason, via, failures, "
                + "delay_millis, delay_started from login_event order by id").setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (em.createNativeQuery("delete from login_event where id = ?").setParameter(1, id).executeUpdate() != 1) {
                continue; // another server took it
            }
            String login = (String) row[2];
            Duration delay = Duration.ofMillis(((Number) row[6]).longValue());
            Map<String, Object> attempt = new LinkedHashMap<>();
            attempt.put("at", instant(row[1]).toString());
            attempt.put("reason", row[3]);
            attempt.put("via", row[4]);
            attempt.put("failuresInARow", ((Number) row[5]).intValue());
            attempt.put("delayedFor", delay.isZero() ? null : delay.toString());
            audit.record(AuditEvent.of(ANONYMOUS, "LOGIN_FAILED", "USER", login).after(attempt));
            if (Boolean.TRUE.equals(row[7]) || Integer.valueOf(1).equals(row[7])) {
                Map<String, Object> delayed = new LinkedHashMap<>();
                delayed.put("at", attempt.get("at"));
                delayed.put("failuresInARow", attempt.get("failuresInARow"));
                delayed.put("delayedFor", attempt.get("delayedFor"));
                audit.record(AuditEvent.of(AuditEvent.SYSTEM, "LOGIN_DELAYED", "USER", login).after(delayed));
            }
        }
        return rows.size();
    }

    /** One record per account and address whose burst of refused attempts ended (or has gone on for an hour). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int reportRefusals(Instant now, Duration quietFor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select username, source, refused, first_refused, last_refused "
                        + "from login_throttle where refused > 0 and (last_refused < ? or first_refused < ?)")
                .setParameter(1, OffsetDateTime.ofInstant(now.minus(quietFor), ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(now.minus(LONGEST_REPORT), ZoneOffset.UTC))
                .getResultList();
        int reported = 0;
        for (Object[] row : rows) {
            String login = (String) row[0];
            String source = (String) row[1];
            int refused = ((Number) row[2]).intValue();
            Instant first = instant(row[3]);
            Instant last = instant(row[4]);
            int taken = em.createNativeQuery("update login_throttle set refused = refused - ? "
                            + "where username = ? and source = ? and refused >= ?")
                    .setParameter(1, refused).setParameter(2, login).setParameter(3, source).setParameter(4, refused)
                    .executeUpdate();
            if (taken != 1) {
                continue;
            }
            Map<String, Object> burst = new LinkedHashMap<>();
            burst.put("reason", "DELAYED");
            burst.put("refused", refused);
            burst.put("from", first == null ? null : first.toString());
            burst.put("to", last == null ? null : last.toString());
            audit.record(AuditEvent.of(ANONYMOUS, "LOGIN_ATTEMPTS_REFUSED", "USER", login).after(burst));
            LOG.warning(() -> refused + " login attempts of " + login + " from " + source + " refused unchecked "
                    + "from " + first + " to " + last + " (that address had to wait after failed logins)");
            reported++;
        }
        return reported;
    }

    /** Removes the failures that no longer count and whose refusals are reported. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forget(Instant now, Duration after) {
        return em.createNativeQuery("delete from login_throttle where refused = 0 "
                        + "and (delayed_until is null or delayed_until < ?) and (failures = 0 or last_failure < ?)")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(now.minus(after), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** A timestamp as the JDBC driver hands it to a native query. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
