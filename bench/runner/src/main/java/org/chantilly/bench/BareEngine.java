package org.chantilly.bench;

import static org.chantilly.workflow.domain.ComplaintHandlingProcess.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.infrastructure.engine.KeptHistory;

/**
 * R1, the bare engine: the shipped models on a Camunda engine in this plain JVM, history as the server keeps it, on the same database
 * server, every delegate a do-nothing mock (the clocks set a deadline). Each start runs in one transaction together
 * with a complaint-sized row inserted on the engine's connection, as the application persists its complaint in the
 * transaction that starts the process. The job executor is off: the acknowledgement job is written, not run.
 */
final class BareEngine implements AutoCloseable {

    static final String CEILING_KEY = "BenchCeiling";

    private final ProcessEngine engine;
    private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

    BareEngine(Database database) throws Exception {
        try (Connection connection = database.connect(database.engineUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("create table bench_engine_complaint (id bigint primary key, reference varchar(40),"
                    + " branch_code varchar(16), channel varchar(16), customer_name varchar(200), description varchar(8000),"
                    + " status varchar(20), received_at timestamp with time zone, version bigint)");
        }
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-" + database.name());
        configuration.setJdbcUrl(database.engineUrl());
        configuration.setJdbcUsername(database.user());
        configuration.setJdbcPassword(database.password());
        configuration.setJdbcDriver(database == Database.POSTGRESQL ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setCustomHistoryLevels(List.of(KeptHistory.LEVEL)); // history as the server keeps it
        configuration.setHistory(KeptHistory.NAME);
        configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator()); // as the server
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(mockDelegates());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bench")
                .addClasspathResource(ComplaintHandlingProcess.RESOURCE)
                .addClasspathResource(ComplaintTierProcess.RESOURCE)
                .addClasspathResource(ComplaintTierProcess.DECISION_RESOURCE)
                .addModelInstance("bench-ceiling.bpmn", Bpmn.createExecutableProcess(CEILING_KEY)
                        .camundaHistoryTimeToLive(180).startEvent().userTask("Task_Work").endEvent().done())
                .deploy();
    }

    /**
     * R1b, the stack's ceiling: the same engine, the same transaction and complaint-sized row, but a process of one
     * user task with two variables, history as shipped. What the shipped models cost beyond it is the models' own.
     */
    Throughput runCeiling(int count, int threads) throws InterruptedException {
        return run("R1b", count, threads, CEILING_KEY, (id, reference) -> Map.of(VAR_COMPLAINT_ID, id,
                VAR_COMPLAINT_REFERENCE, reference));
    }

    Throughput run(int count, int threads) throws InterruptedException {
        return run("R1", count, threads, PROCESS_KEY, BareEngine::variables);
    }

    private Throughput run(String stage, int count, int threads, String processKey,
                           BiFunction<Long, String, Map<String, Object>> variables) throws InterruptedException {
        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        return Throughput.closed(stage, count, threads, n -> commands.execute((Command<Void>) context -> {
            long i = ids.incrementAndGet();
            String reference = "BEN-2026-" + i;
            try (PreparedStatement insert = context.getDbSqlSession().getSqlSession().getConnection().prepareStatement(
                    "insert into bench_engine_complaint values (?,?,?,?,?,?,?,?,?)")) {
                insert.setLong(1, i);
                insert.setString(2, reference);
                insert.setString(3, "BEN");
                insert.setString(4, "IN_PERSON");
                insert.setString(5, "Bench Customer " + i);
                insert.setString(6, "Benchmark complaint " + i + ": the kettle leaks after two days of use.");
                insert.setString(7, "RECEIVED");
                insert.setTimestamp(8, Timestamp.from(Instant.now()));
                insert.setLong(9, 0);
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            engine.getRuntimeService().startProcessInstanceByKey(processKey, reference, variables.apply(i, reference));
            return null;
        }));
    }

    private static Map<String, Object> variables(Long id, String reference) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_COMPLAINT_ID, id);
        variables.put(VAR_COMPLAINT_REFERENCE, reference);
        variables.put(VAR_CHANNEL, "IN_PERSON");
        variables.put(VAR_SEVERITY, "MEDIUM");
        variables.put(VAR_BRANCH_CODE, "BEN");
        variables.put(VAR_REGION, "DACH");
        variables.put(VAR_RECEIVED_BY, "frontline");
        variables.put(VAR_RESPONSE_DUE_BY, Date.from(Instant.now().plus(Duration.ofDays(1))));
        variables.put(VAR_RECEIPT_PRESENTED, false);
        variables.put(VAR_ACKNOWLEDGEMENT_TO_SEND, false); // in person: acknowledged at intake, as the starter says
        variables.put(VAR_MANAGEMENT_CONTACT_REQUIRED, false);
        variables.put(VAR_MAX_REOPENS, 2);
        variables.put(VAR_CUSTOMER_ANSWER_WINDOW, "P14D");
        variables.put(VAR_REOPEN_COUNT, 0);
        return variables;
    }

    private static Map<Object, Object> mockDelegates() {
        JavaDelegate nothing = execution -> { };
        JavaDelegate clock = execution -> {
            Instant due = Instant.now().plus(Duration.ofDays(1));
            execution.setVariable(ComplaintTierProcess.VAR_TIER_DUE_BY, Date.from(due));
            execution.setVariable(ComplaintTierProcess.VAR_TIER_REMINDER_AT, Date.from(due.minus(Duration.ofHours(6))));
        };
        Map<Object, Object> beans = new HashMap<>();
        for (String name : new String[] {DELEGATE_SEND_ACKNOWLEDGEMENT, DELEGATE_RECORD_ACKNOWLEDGED_AT_INTAKE,
                DELEGATE_MAIL_OUTCOME,
                DELEGATE_PRINT_OUTCOME_LETTER, DELEGATE_RECORD_REOPEN, DELEGATE_CLOSE_COMPLAINT,
                DELEGATE_ADD_PRE_SHIFT_TOPIC, DELEGATE_RECORD_RECOGNITION, ComplaintTierProcess.DELEGATE_PAUSE_TIER_CLOCK,
                ComplaintTierProcess.DELEGATE_REMIND_TIER, ComplaintTierProcess.DELEGATE_RECORD_RESOLUTION}) {
            beans.put(name, nothing);
        }
        beans.put(ComplaintTierProcess.DELEGATE_START_TIER_CLOCK, clock);
        beans.put(ComplaintTierProcess.DELEGATE_RESUME_TIER_CLOCK, clock);
        beans.put(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK, (ExecutionListener) execution -> { });
        return beans;
    }

    @Override
    public void close() {
        engine.close();
    }
}
