package org.chantilly.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.ChainVerification;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events written in the transactions of their changes wait in {@code audit_pending} until the sealer chains them:
 * in the order they were written, in batches, with the chain verifying intact afterwards. On H2 with the platform's
 * own migrations.
 */
class AuditSealerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final AuditSealer sealer = new AuditSealer();
    private final ChainedAuditTrail trail = new ChainedAuditTrail();

    @BeforeEach
    void migrate() {
        dataSource.setURL("jdbc:h2:mem:sealer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration/platform/common").load().migrate();
        sealer.dataSource = dataSource;
        sealer.self = sealer;
        trail.dataSource = dataSource;
        trail.sealer = sealer;
        trail.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void sealsWhatCommittedInTheOrderItWasWrittenAndTheChainVerifies() throws SQLException {
        write(event("anna", "COMPLAINT_RECEIVED", "HAM-2026-000001"), event("anna", "CLOCK_STARTED", "HAM-2026-000001"));
        write(event("bert", "COMPLAINT_RECEIVED", "HAM-2026-000002"));
        assertThat(count("audit_record")).isZero();

        assertThat(sealer.sealCommitted()).isEqualTo(3);

        assertThat(count("audit_pending")).isZero();
        assertThat(trail.recordsAbout("HAM-2026-000001")).extracting(AuditRecord::sequence, AuditRecord::action)
                .containsExactly(tuple(1L, "COMPLAINT_RECEIVED"),
                        tuple(2L, "CLOCK_STARTED"));
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.records()).isEqualTo(3);
        assertThat(verification.headSequence()).isEqualTo(3);
        assertThat(verification.unsealed()).isZero();
        assertThat(verification.oldestUnsealedAt()).isNull();
        assertThat(sealer.backlog().events()).isZero();
    }

    @Test
    void aReadOrVerificationSealsFirstSoItSeesEveryChangeThatCommittedBeforeIt() throws SQLException {
        write(event("anna", "COMPLAINT_RECEIVED", "HAM-2026-000003"));

        assertThat(trail.recordsAbout("HAM-2026-000003")).hasSize(1);
        write(event("carla", "TASK_COMPLETED", "HAM-2026-000003"));
        assertThat(trail.records(null, null, Long.MAX_VALUE, 10)).extracting(AuditRecord::action)
                .containsExactly("TASK_COMPLETED", "COMPLAINT_RECEIVED");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aBacklogLargerThanOneBatchIsSealedInSeveralTransactionsIntoOneChain() throws SQLException {
        List<AuditEvent> many = new ArrayList<>();
        for (int i = 0; i < AuditSealer.BATCH * 2 + 17; i++) {
            many.add(event("load", "COMPLAINT_RECEIVED", "BEN-2026-%06d".formatted(i)));
        }
        write(many.toArray(AuditEvent[]::new));

        assertThat(sealer.sealBatch()).isEqualTo(AuditSealer.BATCH);
        assertThat(sealer.backlog().events()).isEqualTo(AuditSealer.BATCH + 17);
        assertThat(sealer.backlog().oldest()).isEqualTo(NOW);
        ChainVerification midway = trail.verify(); // seals the rest first
        assertThat(midway.intact()).isTrue();
        assertThat(midway.records()).isEqualTo(many.size());
        assertThat(trail.record(many.size())).get().extracting(AuditRecord::objectId)
                .isEqualTo("BEN-2026-%06d".formatted(many.size() - 1));
    }

    private void write(AuditEvent... events) throws SQLException {
        List<ChainedAuditTrail.Pending> pending = new ArrayList<>();
        for (AuditEvent event : events) {
            pending.add(new ChainedAuditTrail.Pending(event, NOW));
        }
        try (Connection connection = dataSource.getConnection()) {
            AuditSealer.write(connection, pending);
        }
    }

    private static AuditEvent event(String actor, String action, String reference) {
        return AuditEvent.of(actor, action, "COMPLAINT", reference).about(reference).after(Map.of("status", "RECEIVED"));
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
