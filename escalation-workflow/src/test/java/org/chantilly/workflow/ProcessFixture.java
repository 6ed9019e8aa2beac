package org.chantilly.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;

/**
 * Starts complaint processes on a test engine with every delegate mocked: clocks give each tier a day (reminder
 * after eighteen hours), the other delegates do nothing; failed jobs retry by the default cycle.
 */
public final class ProcessFixture {

    /** Every model the application deploys. */
    public static final String[] MODELS = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
            ComplaintTierProcess.DECISION_RESOURCE};

    /**
     * "Now" for every test that starts complaint processes: the services read it from {@link #CLOCK}, the engine
     * from its {@code ClockUtil} (set by {@link InMemoryEngine#extension}). A Friday morning; nothing depends on the
     * day the tests run.
     */
    public static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    /** The services' clock, standing at {@link #NOW}. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** When each tier's decision is due: eleven hours after {@link #NOW}. */
    public static final Instant TIER_DUE_BY = NOW.plus(Duration.ofHours(11));

    private ProcessFixture() {
    }

    /** Registers a do-nothing mock for every delegate (tests may override single ones afterwards). */
    public static void mockDelegates() {
        JavaDelegate nothing = execution -> { };
        JavaDelegate clock = execution -> {
            execution.setVariable(ComplaintTierProcess.VAR_TIER_DUE_BY, Date.from(TIER_DUE_BY));
            execution.setVariable(ComplaintTierProcess.VAR_TIER_REMINDER_AT, Date.from(TIER_DUE_BY.minusSeconds(6 * 3600)));
        };
        for (String name : new String[] {ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT,
                ComplaintHandlingProcess.DELEGATE_RECORD_ACKNOWLEDGED_AT_INTAKE,
                ComplaintHandlingProcess.DELEGATE_MAIL_OUTCOME, ComplaintHandlingProcess.DELEGATE_PRINT_OUTCOME_LETTER,
                ComplaintHandlingProcess.DELEGATE_CLOSE_COMPLAINT, ComplaintHandlingProcess.DELEGATE_ADD_PRE_SHIFT_TOPIC,
                ComplaintHandlingProcess.DELEGATE_RECORD_RECOGNITION, ComplaintTierProcess.DELEGATE_PAUSE_TIER_CLOCK,
                ComplaintTierProcess.DELEGATE_REMIND_TIER, ComplaintTierProcess.DELEGATE_RECORD_RESOLUTION}) {
            Mocks.register(name, nothing);
        }
        Mocks.register(ComplaintHandlingProcess.DELEGATE_RECORD_REOPEN, (JavaDelegate) execution -> execution.setVariable(
                ComplaintHandlingProcess.VAR_REOPEN_COUNT,
                ((Number) execution.getVariable(ComplaintHandlingProcess.VAR_REOPEN_COUNT)).intValue() + 1));
        Mocks.register(ComplaintTierProcess.DELEGATE_START_TIER_CLOCK, clock);
        Mocks.register(ComplaintTierProcess.DELEGATE_RESUME_TIER_CLOCK, clock);
        Mocks.register(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK, (ExecutionListener) execution -> { });
        // the retry cycle the application configures (chantilly.jobs.retry-cycle), at its default
        Mocks.register(ComplaintHandlingProcess.JOB_RETRY_CYCLE, "R6/PT10M");
    }

    /**
     * The variables the starter gives a complaint of that branch and channel (no management contact), with an
     * acknowledgement to send (a test of one given at intake sets {@code acknowledgementToSend} false).
     */
    public static Map<String, Object> complaint(String reference, String branchCode, String channel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintHandlingProcess.VAR_COMPLAINT_ID, 1L);
        variables.put(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, reference);
        variables.put(ComplaintHandlingProcess.VAR_CHANNEL, channel);
        variables.put(ComplaintHandlingProcess.VAR_SEVERITY, "MEDIUM");
        variables.put(ComplaintHandlingProcess.VAR_BRANCH_CODE, branchCode);
        variables.put(ComplaintHandlingProcess.VAR_REGION, "NORTH");
        variables.put(ComplaintHandlingProcess.VAR_RECEIVED_BY, "frida");
        variables.put(ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, Date.from(TIER_DUE_BY));
        variables.put(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED, false);
        variables.put(ComplaintHandlingProcess.VAR_ACKNOWLEDGEMENT_TO_SEND, true);
        variables.put(ComplaintHandlingProcess.VAR_MANAGEMENT_CONTACT_REQUIRED, false);
        variables.put(ComplaintHandlingProcess.VAR_MAX_REOPENS, 2);
        variables.put(ComplaintHandlingProcess.VAR_CUSTOMER_ANSWER_WINDOW, "P14D");
        variables.put(ComplaintHandlingProcess.VAR_REOPEN_COUNT, 0);
        return variables;
    }

    public static ProcessInstance start(ProcessEngine engine, String reference, String branchCode, String channel) {
        return engine.getRuntimeService().startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY, reference,
                complaint(reference, branchCode, channel));
    }
}
