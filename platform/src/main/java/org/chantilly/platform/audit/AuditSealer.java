package org.chantilly.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.Datasource;
import org.chantilly.platform.api.StartupOrder;
import org.chantilly.platform.internal.ConfiguredDurations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the audit events that committed transactions left in {@code audit_pending} into the hash chain of
 * {@code audit_record}: every {@code chantilly.audit.seal-interval} (200 ms by default), and at once before the chain
 * is read or verified. One sealing is one short transaction that locks the chain's head, takes the waiting events in
 * the order they were written, appends them with the next sequence numbers and hashes and deletes them from the
 * waiting table; sealers on several servers take turns at the head's lock. An event is lost only with its own
 * transaction: one that committed waits in the table until a sealer (after a restart, the first) seals it.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    /** How many events one sealing transaction takes at most. */
    static final int BATCH = 500;

    private static final String PENDING_COLUMNS = "id, recorded_at, actor, action, object_type, object_id, "
            + "complaint_reference, before_values, after_values";

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditSealer self;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chantilly.audit.seal-interval", defaultValue = "PT0.2S")
    String interval;

    private final AtomicBoolean running = new AtomicBoolean();
    /** Set when the application stops: no round starts after it, and the one running ends first. */
    private volatile boolean stopping;
    /** Set while rounds fail (the database away): the first failure is a warning, the rest are quiet. */
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile Backlog backlog = Backlog.NONE;
    private ScheduledFuture<?> scheduled;

    /** The events waiting to be sealed when last looked: how many, and when the oldest was recorded. */
    public record Backlog(long events, Instant oldest) {

        static final Backlog NONE = new Backlog(0, null);

        /** How long the oldest has waited at {@code now}; zero when none waits. */
        public Duration age(Instant now) {
            return oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now);
        }
    }

    void onStartup(@Observes @Priority(StartupOrder.PLATFORM + 2) Startup startup) {
        Duration every = ConfiguredDurations.positive("chantilly.audit.seal-interval", interval);
        Gauge.builder("chantilly.audit.unsealed", this, s -> s.backlog.events())
                .description("Audit events committed and not yet sealed into the chain").register(registry);
        Gauge.builder("chantilly.audit.unsealed.age.seconds", this, s -> s.backlog.age(s.clock.instant()).toMillis() / 1000.0)
                .description("How long the oldest audit event not yet sealed has waited").register(registry);
        scheduled = scheduler.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "audit events are sealed into the chain every " + every);
    }

    /**
     * Stops the rounds and waits for a running one to end, so that no sealing transaction is left to a container that
     * is shutting down (it would keep the chain's head locked until the transaction timed out).
     */
    @PreDestroy
    void stop() {
        stopping = true;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() && System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One periodic round; never throws (the next round tries again). */
    private void round() {
        if (stopping || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (stopping) {
                return;
            }
            sealCommitted();
            if (failing.compareAndSet(true, false)) {
                LOG.info("audit events are sealed again");
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "audit events could not be sealed (" + e.getClass().getSimpleName()
                        + "); they wait in audit_pending and every round tries again", e);
            } else {
                LOG.log(Level.FINE, "audit events still could not be sealed", e);
            }
        } finally {
            running.set(false);
        }
    }

    /**
     * Seals every event committed before the call, in transactions of its own (the caller's, if any, is suspended
     * meanwhile). Returns how many it sealed.
     */
    public long sealCommitted() {
        long sealed = 0;
        int batch;
        do {
            batch = self.sealBatch();
            sealed += batch;
        } while (batch == BATCH && !stopping);
        return sealed;
    }

    /**
     * Seals what has committed before a read of the chain. A read does not fail for it: should sealing fail (the
     * next periodic round is at it, or the database is away), the read shows the chain as sealed so far.
     */
    public void sealBeforeReading() {
        try {
            sealCommitted();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "audit events not sealed before a read; the read shows the chain as sealed so far", e);
        }
    }

    /** The backlog as the last sealing left it. */
    public Backlog backlog() {
        return backlog;
    }

    /** One sealing transaction: at most {@link #BATCH} waiting events, in the order they were written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealBatch() {
        try (Connection connection = dataSource.getConnection()) {
            ChainVerifier.Head head = ChainedAuditTrail.head(connection, true);
            Map<Long, AuditRecord> waiting = waiting(connection);
            if (!waiting.isEmpty()) {
                append(connection, head, waiting.values());
                // exactly the events sealed, in one statement: one that committed meanwhile stays for the next round
                try (PreparedStatement delete = connection.prepareStatement("delete from audit_pending where id = any (?)")) {
                    delete.setArray(1, connection.createArrayOf("bigint", waiting.keySet().toArray()));
                    delete.executeUpdate();
                }
            }
            // a batch that was not full took every event visible: what waits now committed after it was read
            backlog = waiting.size() < BATCH ? Backlog.NONE : left(connection);
            return waiting.size();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit events could not be sealed", e);
        }
    }

    /** The waiting events by id, in the order they were written: their content, not yet a place in the chain. */
    private static Map<Long, AuditRecord> waiting(Connection connection) throws SQLException {
        Map<Long, AuditRecord> waiting = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + PENDING_COLUMNS + " from audit_pending order by id")) {
            select.setMaxRows(BATCH);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    waiting.put(row.getLong(1), new AuditRecord(0, row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9), null, null));
                }
            }
        }
        return waiting;
    }

    private static void append(Connection connection, ChainVerifier.Head head, Iterable<AuditRecord> events)
            throws SQLException {
        long sequence = head.sequence();
        String previous = head.hash();
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_record ("
                + ChainedAuditTrail.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditRecord event : events) {
                AuditRecord sealed = AuditChain.sealed(event, ++sequence, previous);
                insert.setLong(1, sealed.sequence());
                insert.setObject(2, OffsetDateTime.ofInstant(sealed.recordedAt(), ZoneOffset.UTC));
                insert.setString(3, sealed.actor());
                insert.setString(4, sealed.action());
                insert.setString(5, sealed.objectType());
                insert.setString(6, sealed.objectId());
                insert.setString(7, sealed.complaintReference());
                insert.setString(8, sealed.before());
                insert.setString(9, sealed.after());
                insert.setString(10, sealed.previousHash());
                insert.setString(11, sealed.hash());
                insert.addBatch();
                previous = sealed.hash();
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update audit_head set last_sequence = ?, last_hash = ? where id = 1")) {
            update.setLong(1, sequence);
            update.setString(2, previous);
            update.executeUpdate();
        }
    }

    private static Backlog left(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*), min(recorded_at) from audit_pending");
             ResultSet row = select.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            return new Backlog(row.getLong(1), oldest == null ? null : oldest.toInstant());
        }
    }

    /** Writes events into the waiting table on the caller's connection (in the transaction of the change). */
    static void write(Connection connection, List<ChainedAuditTrail.Pending> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_pending (recorded_at, actor, "
                + "action, object_type, object_id, complaint_reference, before_values, after_values) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ChainedAuditTrail.Pending pending : events) {
                // the record's content as the chain will hash it: the values as canonical JSON, time to microseconds
                AuditEvent event = pending.event();
                insert.setObject(1, OffsetDateTime.ofInstant(pending.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                insert.setString(2, event.actor());
                insert.setString(3, event.action());
                insert.setString(4, event.objectType());
                insert.setString(5, event.objectId());
                insert.setString(6, event.complaintReference());
                insert.setString(7, AuditChain.json(event.before()));
                insert.setString(8, AuditChain.json(event.after()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
