package org.chantilly.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ChainVerification;
import org.chantilly.platform.api.Datasource;

/**
 * The audit trail in the tables {@code audit_record} and {@code audit_head}, written with plain JDBC on the shared
 * datasource, so it joins the transaction of the change whichever module makes it.
 *
 * <p>Events are collected while the transaction runs and written to {@code audit_pending} just before it commits (an
 * interposed synchronization), in the transaction of the change: a transaction that rolls back leaves nothing, one
 * that commits leaves its events, and a failure to write them rolls the change back. No audited transaction touches
 * the chain's head, so they do not wait for one another; the {@link AuditSealer} chains the committed events shortly
 * after, and every read and verification of the chain seals what has committed first, so it sees every change that
 * committed before it began.
 */
@ApplicationScoped
public class ChainedAuditTrail implements AuditTrail {

    static final String COLUMNS = "sequence, recorded_at, actor, action, object_type, object_id, "
            + "complaint_reference, before_values, after_values, previous_hash, hash";

    private static final int MAX_PAGE = 500;

    /** The key of this transaction's pending events in the synchronization registry. */
    private static final Object PENDING = new Object();

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    AuditSealer sealer;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditEvent event) {
        Pending pending = new Pending(event, clock.instant());
        AppendBeforeCommit append = (AppendBeforeCommit) transactions.getResource(PENDING);
        if (append == null) {
            append = new AppendBeforeCommit();
            transactions.putResource(PENDING, append);
            transactions.registerInterposedSynchronization(append);
        }
        append.add(pending);
    }

    /** The last verification made on this server, for {@link #recentVerification}. */
    private volatile ChainVerification recent;

    /** Held while the chain is walked for {@link #recentVerification}, so that only one walk runs at a time. */
    private final Object walking = new Object();

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification recentVerification(Duration maxAge) {
        sealer.sealBeforeReading();
        ChainVerification last = recent;
        if (fresh(last, maxAge)) {
            return last;
        }
        synchronized (walking) {
            last = recent;
            if (fresh(last, maxAge)) {
                return last; // made by the caller this one waited for
            }
            return walk(); // outside any transaction: the connection is held for the walk only
        }
    }

    private boolean fresh(ChainVerification verification, Duration maxAge) {
        return verification != null && !verification.verifiedAt().isBefore(clock.instant().minus(maxAge));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public ChainVerification verify() {
        sealer.sealCommitted();
        return walk();
    }

    private ChainVerification walk() {
        ChainVerification verification = walkTheChain();
        recent = verification;
        return verification;
    }

    private ChainVerification walkTheChain() {
        try (Connection connection = dataSource.getConnection()) {
            ChainVerifier.Head before = head(connection, false);
            ChainVerifier verifier = new ChainVerifier();
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from audit_record order by sequence")) {
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        verifier.accept(record(rows));
                    }
                }
            }
            AuditSealer.Backlog backlog = sealer.backlog();
            return verifier.finish(before, head(connection, false), clock.instant())
                    .withUnsealed(backlog.events(), backlog.oldest());
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read.", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> recordsAbout(String complaintReference) {
        sealer.sealBeforeReading();
        return query("select " + COLUMNS + " from audit_record where complaint_reference = ? order by sequence",
                List.of(complaintReference));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AuditRecord> record(long sequence) {
        sealer.sealBeforeReading();
        return query("select " + COLUMNS + " from audit_record where sequence = ?", List.of(sequence)).stream()
                .findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> records(String objectType, String objectId, long beforeSequence, int limit) {
        sealer.sealBeforeReading();
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from audit_record where sequence < ?");
        List<Object> parameters = new ArrayList<>(List.of(beforeSequence));
        if (objectType != null) {
            sql.append(" and object_type = ?");
            parameters.add(objectType);
        }
        if (objectId != null) {
            sql.append(" and object_id = ?");
            parameters.add(objectId);
        }
        sql.append(" order by sequence desc");
        return query(sql.toString(), parameters, Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    private List<AuditRecord> query(String sql, List<Object> parameters) {
        return query(sql, parameters, 0);
    }

    /** @param maxRows at most this many rows, 0 for all */
    private List<AuditRecord> query(String sql, List<Object> parameters, int maxRows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setMaxRows(maxRows);
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(record(rows));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read.", e);
        }
    }

    static ChainVerifier.Head head(Connection connection, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select last_sequence, last_hash from audit_head where id = 1" + (forUpdate ? " for update" : ""));
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the audit chain's head row is missing");
            }
            return new ChainVerifier.Head(row.getLong(1), row.getString(2));
        }
    }

    private static AuditRecord record(ResultSet row) throws SQLException {
        return new AuditRecord(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11));
    }

    /** Writes the events to the waiting table on the transaction's own connection. */
    void append(List<Pending> events) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            AuditSealer.write(connection, events);
        }
    }

    /** An event waiting for its transaction to commit. */
    record Pending(AuditEvent event, Instant at) {
    }

    /**
     * Writes a transaction's events as the last thing before it commits, in one batch; an event recorded after that
     * (by another synchronization) is written at once.
     */
    private final class AppendBeforeCommit implements Synchronization {

        private final List<Pending> events = new ArrayList<>();

        /** Set once the events are written: a later event (another synchronization's) is written at once. */
        private boolean written;

        void add(Pending pending) {
            events.add(pending);
            if (written) {
                write(List.of(pending));
            }
        }

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || written) {
                return;
            }
            written = true;
            write(events);
        }

        private void write(List<Pending> pending) {
            try {
                append(pending);
            } catch (SQLException | RuntimeException e) {
                transactions.setRollbackOnly();
                throw new IllegalStateException("The audit trail could not be written; the change is rolled back.", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            // nothing: the events committed or rolled back with the transaction
        }
    }
}
