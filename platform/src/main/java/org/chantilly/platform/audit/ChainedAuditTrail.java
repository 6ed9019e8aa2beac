package org.chantilly.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

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
 * <p>Events are collected while the transaction runs and appended just before it commits (an interposed
 * synchronization): the head row is locked ({@code select ... for update}) as the transaction's last step, which
 * keeps the chain a single line without a lock held across the transaction's other work, and after the
 * persistence units have flushed (see {@link AppendBeforeCommit}), so that no transaction takes another lock after
 * it. A transaction that rolls back appends nothing; a failure to append rolls the transaction back.
 */
@ApplicationScoped
public class ChainedAuditTrail implements AuditTrail {

    private static final String COLUMNS = "sequence, recorded_at, actor, action, object_type, object_id, "
            + "complaint_reference, before_values, after_values, previous_hash, hash";

    private static final Logger LOG = Logger.getLogger(ChainedAuditTrail.class.getName());

    private static final int MAX_PAGE = 500;

    /** The key of this transaction's pending events in the synchronization registry. */
    private static final Object PENDING = new Object();

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

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
            return verifier.finish(before, head(connection, false), clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read.", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> recordsAbout(String complaintReference) {
        return query("select " + COLUMNS + " from audit_record where complaint_reference = ? order by sequence",
                List.of(complaintReference));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AuditRecord> record(long sequence) {
        return query("select " + COLUMNS + " from audit_record where sequence = ?", List.of(sequence)).stream()
                .findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> records(String objectType, String objectId, long beforeSequence, int limit) {
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

    private static ChainVerifier.Head head(Connection connection, boolean forUpdate) throws SQLException {
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

    /** Appends the events to the chain on the transaction's own connection. */
    void append(List<Pending> events) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ChainVerifier.Head head = head(connection, true);
            long sequence = head.sequence();
            String previous = head.hash();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Pending pending : events) {
                    AuditRecord sealed = AuditChain.seal(++sequence, pending.at(), pending.event(), previous);
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
    }

    /** An event waiting for its transaction to commit. */
    record Pending(AuditEvent event, Instant at) {
    }

    /**
     * Appends a transaction's events as the last thing before it commits. The persistence units flush in
     * synchronizations of their own, registered when each first joins the transaction, possibly after this one; so
     * when its turn comes this synchronization registers a second one, which runs after all of theirs (JTA lets
     * interposed synchronizations be registered while others complete, and runs them in order), and only that one
     * locks the chain's head. Every row a transaction changes is then locked before the head, never after it, so two
     * transactions cannot wait for each other across it.
     */
    private final class AppendBeforeCommit implements Synchronization {

        private final List<Pending> events = new ArrayList<>();

        /** Set once the events are written: a later event (another synchronization's) is written at once. */
        private boolean written;

        private boolean deferred;

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
            if (!deferred) {
                deferred = true;
                try {
                    transactions.registerInterposedSynchronization(new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                            AppendBeforeCommit.this.beforeCompletion();
                        }

                        @Override
                        public void afterCompletion(int status) {
                            // nothing
                        }
                    });
                    return;
                } catch (IllegalStateException refused) {
                    LOG.warning(() -> "the transaction manager refused a late synchronization; the audit records are "
                            + "appended now: " + refused.getMessage());
                }
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
            // nothing: the records committed or rolled back with the transaction
        }
    }
}
