package org.chantilly.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.chantilly.workflow.domain.ComplaintTierProcess.BOUNDARY_EVENT_DEADLINE_PASSED;
import static org.chantilly.workflow.domain.ComplaintTierProcess.BOUNDARY_EVENT_REMINDER_DUE;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DECISION_KEY;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DECISION_WITHIN_EMPOWERMENT_LIMIT;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DELEGATE_PAUSE_TIER_CLOCK;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DELEGATE_RECORD_RESOLUTION;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DELEGATE_REMIND_TIER;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DELEGATE_RESUME_TIER_CLOCK;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DELEGATE_START_TIER_CLOCK;
import static org.chantilly.workflow.domain.ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK;
import static org.chantilly.workflow.domain.ComplaintTierProcess.END_EVENT_COMPLAINT_RESOLVED;
import static org.chantilly.workflow.domain.ComplaintTierProcess.END_EVENT_DEADLINE_PASSED;
import static org.chantilly.workflow.domain.ComplaintTierProcess.END_EVENT_HANDED_BACK;
import static org.chantilly.workflow.domain.ComplaintTierProcess.END_EVENT_HANDED_UP;
import static org.chantilly.workflow.domain.ComplaintTierProcess.END_EVENT_LIMIT_EXCEEDED;
import static org.chantilly.workflow.domain.ComplaintTierProcess.INTERMEDIATE_EVENT_CUSTOMER_REPLIED;
import static org.chantilly.workflow.domain.ComplaintTierProcess.INTERMEDIATE_EVENT_NO_REPLY_IN_TIME;
import static org.chantilly.workflow.domain.ComplaintTierProcess.MESSAGE_CUSTOMER_REPLIED;
import static org.chantilly.workflow.domain.ComplaintTierProcess.PROCESS_KEY;
import static org.chantilly.workflow.domain.ComplaintTierProcess.TASK_DECIDE_COMPLAINT;
import static org.chantilly.workflow.domain.ComplaintTierProcess.TASK_RECORD_RESOLUTION;
import static org.chantilly.workflow.domain.ComplaintTierProcess.TASK_START_TIER_CLOCK;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_AMOUNT;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_DECIDED_BY;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_EMPOWERMENT_DECISION;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_EMPOWERMENT_LIMIT;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_PROPOSAL_ID;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_RECEIPT_REQUIRED;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_REMEDY;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_TIER;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_TIER_DECISION;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_TIER_DUE_BY;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_TIER_GROUP;
import static org.chantilly.workflow.domain.ComplaintTierProcess.VAR_TIER_REMINDER_AT;
import static org.chantilly.workflow.domain.ComplaintTierProcess.WITHIN_LIMIT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.TierDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One tier deciding a complaint (ComplaintTierProcess) and its decision table EmpowermentDecision, on an in-memory
 * engine with the job executor off and every delegate mocked. Most tests start the tier by itself; a few run it as
 * the main model calls it. The class must cover every flow node and sequence flow of the tier model (the main model's
 * coverage is ComplaintHandlingProcessTest's).
 */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class ComplaintTierProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(inMemoryEngine())
            .excludeProcessDefinitionKeys(ComplaintHandlingProcess.PROCESS_KEY)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String REFERENCE = "HAM-2026-000042";
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** What the mocked clock delegates give a tier: a reminder after one day, the deadline after two. */
    private static final Duration REMINDER_AFTER = Duration.ofDays(1);
    private static final Duration DUE_AFTER = Duration.ofDays(2);
    private static final String CUSTOMER_ANSWER_WINDOW = "P14D";

    private static final String TASK_REMIND_TIER = "Task_RemindTier";
    private static final String END_EVENT_TIER_REMINDED = "EndEvent_TierReminded";
    private static final String TASK_PAUSE_TIER_CLOCK = "Task_PauseTierClock";
    private static final String TASK_RESUME_TIER_CLOCK = "Task_ResumeTierClock";
    private static final String GATEWAY_AWAIT_CUSTOMER_REPLY = "Gateway_AwaitCustomerReply";

    ProcessEngine processEngine;

    /** Every delegate call, in order: which delegate, for which tier. */
    private final List<Call> calls = new ArrayList<>();

    private record Call(String delegate, Object tier) {
    }

    private static ProcessEngineConfiguration inMemoryEngine() {
        return InMemoryEngine.withCoverage("complaint-tier-process");
    }

    @BeforeEach
    void bindAssertionsMocksAndClock() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(DELEGATE_START_TIER_CLOCK, (JavaDelegate) this::setTierClock);
        Mocks.register(DELEGATE_RESUME_TIER_CLOCK, (JavaDelegate) this::setTierClock);
        Mocks.register(DELEGATE_PAUSE_TIER_CLOCK, recording(DELEGATE_PAUSE_TIER_CLOCK));
        Mocks.register(DELEGATE_REMIND_TIER, recording(DELEGATE_REMIND_TIER));
        Mocks.register(DELEGATE_RECORD_RESOLUTION, recording(DELEGATE_RECORD_RESOLUTION));
        Mocks.register(DELEGATE_STOP_TIER_CLOCK, (ExecutionListener) this::record);
        for (String delegate : List.of(ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT,
                ComplaintHandlingProcess.DELEGATE_MAIL_OUTCOME, ComplaintHandlingProcess.DELEGATE_PRINT_OUTCOME_LETTER)) {
            Mocks.register(delegate, recording(delegate));
        }
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private JavaDelegate recording(String delegate) {
        return execution -> calls.add(new Call(delegate, execution.getVariable(VAR_TIER)));
    }

    private void record(DelegateExecution execution) {
        calls.add(new Call(DELEGATE_STOP_TIER_CLOCK, execution.getVariable(VAR_TIER)));
    }

    /** Start and resume the clock alike: the reminder before the deadline, both from the engine's now. */
    private void setTierClock(DelegateExecution execution) {
        calls.add(new Call(execution.getCurrentActivityId().equals(TASK_START_TIER_CLOCK)
                ? DELEGATE_START_TIER_CLOCK : DELEGATE_RESUME_TIER_CLOCK, execution.getVariable(VAR_TIER)));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        execution.setVariable(VAR_TIER_REMINDER_AT, Date.from(now.plus(REMINDER_AFTER)));
        execution.setVariable(VAR_TIER_DUE_BY, Date.from(now.plus(DUE_AFTER)));
    }

    private List<Object> tiersCalling(String delegate) {
        return calls.stream().filter(call -> call.delegate().equals(delegate)).map(Call::tier).toList();
    }

    // ---- driving the tier ----

    private static ProcessInstance startTier(String tier, String tierGroup, boolean receiptPresented) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, REFERENCE, Variables.createVariables()
                .putValue(VAR_TIER, tier)
                .putValue(VAR_TIER_GROUP, tierGroup)
                .putValue(ComplaintHandlingProcess.VAR_COMPLAINT_ID, 42L)
                .putValue(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, REFERENCE)
                .putValue(ComplaintHandlingProcess.VAR_CHANNEL, "EMAIL")
                .putValue(ComplaintHandlingProcess.VAR_SEVERITY, "MEDIUM")
                .putValue(ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM")
                .putValue(ComplaintHandlingProcess.VAR_REGION, "NORTH")
                .putValue(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED, receiptPresented)
                .putValue(ComplaintHandlingProcess.VAR_CUSTOMER_ANSWER_WINDOW, CUSTOMER_ANSWER_WINDOW));
    }

    private static ProcessInstance startFrontline() {
        return startTier("FRONTLINE", "frontline-HAM", true);
    }

    /** What the tier's form sets when it completes Task_DecideComplaint without a remedy. */
    private static VariableMap decision(TierDecision decision) {
        return Variables.createVariables()
                .putValue(VAR_TIER_DECISION, decision.name())
                .putValue(VAR_REMEDY, null)
                .putValue(VAR_AMOUNT, null)
                .putValue(VAR_DECIDED_BY, "anna.frontline")
                .putValue(VAR_PROPOSAL_ID, 7L)
                .putValue(VAR_EMPOWERMENT_LIMIT, null)
                .putValue(VAR_RECEIPT_REQUIRED, false)
                .putValue(ComplaintTierProcess.VAR_HANDBOOK_SIGNED, true);
    }

    /** A proposed remedy with the handbook's limit for it (null: the tier may not grant it). */
    private static VariableMap resolution(String remedy, double amount, Double limit, boolean receiptRequired) {
        return decision(TierDecision.RESOLVE)
                .putValue(VAR_REMEDY, remedy)
                .putValue(VAR_AMOUNT, amount)
                .putValue(VAR_EMPOWERMENT_LIMIT, limit)
                .putValue(VAR_RECEIPT_REQUIRED, receiptRequired);
    }

    private static VariableMap voucherWithinLimit() {
        return resolution("VOUCHER", 20.0, 50.0, false);
    }

    private static Task decisionTask(ProcessInstance tier) {
        return taskQuery().processInstanceId(tier.getId()).taskDefinitionKey(TASK_DECIDE_COMPLAINT).singleResult();
    }

    private static void decide(ProcessInstance tier, VariableMap decision) {
        complete(decisionTask(tier), decision);
    }

    private static Object historicVariable(ProcessInstance instance, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private static List<String> dueTimers(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().list()
                .stream().map(job -> managementService().createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId())
                .toList();
    }

    private static void advanceClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static void fire(Job timer) {
        managementService().executeJob(timer.getId());
    }

    // ---- the tier by itself ----

    @Test
    void offersTheDecisionToTheTiersGroupWithTheTiersDeadline() {
        ProcessInstance tier = startTier("SUPERVISOR", "supervisor-HAM", true);

        BpmnAwareTests.assertThat(tier).hasBusinessKey(REFERENCE).hasPassed(TASK_START_TIER_CLOCK)
                .isWaitingAtExactly(TASK_DECIDE_COMPLAINT);
        BpmnAwareTests.assertThat(decisionTask(tier)).hasCandidateGroup("supervisor-HAM").isNotAssigned()
                .hasDueDate(Date.from(NOW.plus(DUE_AFTER)));
        assertThat(tiersCalling(DELEGATE_START_TIER_CLOCK)).containsExactly("SUPERVISOR");
        assertThat(timer(tier, BOUNDARY_EVENT_REMINDER_DUE).getDuedate()).isEqualTo(Date.from(NOW.plus(REMINDER_AFTER)));
        assertThat(timer(tier, BOUNDARY_EVENT_DEADLINE_PASSED).getDuedate()).isEqualTo(Date.from(NOW.plus(DUE_AFTER)));
    }

    @Test
    void resolvesWithinTheLimitAndRecordsTheResolutionOnce() {
        ProcessInstance tier = startFrontline();

        decide(tier, voucherWithinLimit());

        BpmnAwareTests.assertThat(tier).hasPassedInOrder(TASK_DECIDE_COMPLAINT, DECISION_WITHIN_EMPOWERMENT_LIMIT,
                TASK_RECORD_RESOLUTION, END_EVENT_COMPLAINT_RESOLVED).isEnded();
        assertThat(historicVariable(tier, VAR_EMPOWERMENT_DECISION)).isEqualTo(WITHIN_LIMIT);
        assertThat(tiersCalling(DELEGATE_RECORD_RESOLUTION)).containsExactly("FRONTLINE");
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");
    }

    @Test
    void escalatesWhenTheHandbookAllowsTheTierNoSuchRemedy() {
        ProcessInstance tier = startFrontline();

        decide(tier, resolution("CASH_REFUND", 10.0, null, false));

        BpmnAwareTests.assertThat(tier).hasPassed(DECISION_WITHIN_EMPOWERMENT_LIMIT, END_EVENT_LIMIT_EXCEEDED)
                .hasNotPassed(TASK_RECORD_RESOLUTION).isEnded();
        assertThat(historicVariable(tier, VAR_EMPOWERMENT_DECISION)).isEqualTo("REMEDY_NOT_ALLOWED");
        assertThat(tiersCalling(DELEGATE_RECORD_RESOLUTION)).isEmpty();
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");
    }

    @Test
    void escalatesARefundWithoutReceiptWhenTheHandbookRequiresOne() {
        ProcessInstance tier = startTier("FRONTLINE", "frontline-HAM", false);

        decide(tier, resolution("REFUND", 15.0, 50.0, true));

        BpmnAwareTests.assertThat(tier).hasPassed(END_EVENT_LIMIT_EXCEEDED).hasNotPassed(TASK_RECORD_RESOLUTION).isEnded();
        assertThat(historicVariable(tier, VAR_EMPOWERMENT_DECISION)).isEqualTo("RECEIPT_REQUIRED");
    }

    @Test
    void resolvesARefundWithoutReceiptWhenTheHandbookDoesNotRequireOne() {
        ProcessInstance tier = startTier("SUPERVISOR", "supervisor-HAM", false);

        decide(tier, resolution("REFUND", 15.0, 100.0, false));

        BpmnAwareTests.assertThat(tier).hasPassed(TASK_RECORD_RESOLUTION, END_EVENT_COMPLAINT_RESOLVED).isEnded();
        assertThat(tiersCalling(DELEGATE_RECORD_RESOLUTION)).containsExactly("SUPERVISOR");
    }

    @Test
    void escalatesWhenTheAmountIsAboveTheTiersLimit() {
        ProcessInstance tier = startFrontline();

        decide(tier, resolution("VOUCHER", 80.0, 50.0, false));

        BpmnAwareTests.assertThat(tier).hasPassed(END_EVENT_LIMIT_EXCEEDED).hasNotPassed(TASK_RECORD_RESOLUTION).isEnded();
        assertThat(historicVariable(tier, VAR_EMPOWERMENT_DECISION)).isEqualTo("ABOVE_LIMIT");
    }

    @Test
    void endsByEscalationWhenTheTierEscalatesByChoice() {
        ProcessInstance tier = startFrontline();

        decide(tier, decision(TierDecision.ESCALATE));

        BpmnAwareTests.assertThat(tier).hasPassed(END_EVENT_HANDED_UP)
                .hasNotPassed(DECISION_WITHIN_EMPOWERMENT_LIMIT, END_EVENT_HANDED_BACK).isEnded();
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");
    }

    @Test
    void endsByHandingBackWhenTheTierHandsTheComplaintDown() {
        ProcessInstance tier = startTier("MANAGEMENT", "manager-NORTH", true);

        decide(tier, decision(TierDecision.HAND_BACK));

        BpmnAwareTests.assertThat(tier).hasPassed(END_EVENT_HANDED_BACK).hasNotPassed(END_EVENT_HANDED_UP).isEnded();
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("MANAGEMENT");
    }

    @Test
    void pausesTheClockWhileWaitingAndResumesItWhenTheCustomerReplies() {
        ProcessInstance tier = startFrontline();
        String firstTask = decisionTask(tier).getId();

        decide(tier, decision(TierDecision.WAIT_FOR_CUSTOMER));

        BpmnAwareTests.assertThat(tier).hasPassed(TASK_PAUSE_TIER_CLOCK)
                .isWaitingAtExactly(GATEWAY_AWAIT_CUSTOMER_REPLY).isWaitingFor(MESSAGE_CUSTOMER_REPLIED);
        assertThat(tiersCalling(DELEGATE_PAUSE_TIER_CLOCK)).containsExactly("FRONTLINE");
        assertThat(timer(tier, BOUNDARY_EVENT_DEADLINE_PASSED)).as("no deadline while the clock stands still").isNull();

        Instant replied = NOW.plus(Duration.ofDays(3));
        advanceClockTo(replied);
        runtimeService().createMessageCorrelation(MESSAGE_CUSTOMER_REPLIED).processInstanceBusinessKey(REFERENCE)
                .correlate();
        execute(managementService().createJobQuery().activityId(INTERMEDIATE_EVENT_CUSTOMER_REPLIED).singleResult());

        BpmnAwareTests.assertThat(tier).hasPassed(INTERMEDIATE_EVENT_CUSTOMER_REPLIED, TASK_RESUME_TIER_CLOCK)
                .hasNotPassed(INTERMEDIATE_EVENT_NO_REPLY_IN_TIME).isWaitingAtExactly(TASK_DECIDE_COMPLAINT);
        assertThat(decisionTask(tier).getId()).isNotEqualTo(firstTask);
        BpmnAwareTests.assertThat(decisionTask(tier)).hasDueDate(Date.from(replied.plus(DUE_AFTER)));
        assertThat(tiersCalling(DELEGATE_RESUME_TIER_CLOCK)).containsExactly("FRONTLINE");
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).isEmpty();

        decide(tier, voucherWithinLimit());
        BpmnAwareTests.assertThat(tier).hasPassed(END_EVENT_COMPLAINT_RESOLVED).isEnded();
    }

    @Test
    void resumesTheClockWhenTheCustomerDoesNotReplyInTime() {
        ProcessInstance tier = startFrontline();
        decide(tier, decision(TierDecision.WAIT_FOR_CUSTOMER));
        Job noReply = timer(tier, INTERMEDIATE_EVENT_NO_REPLY_IN_TIME);
        assertThat(noReply.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));

        advanceClockTo(NOW.plus(Duration.ofDays(14)).plusSeconds(60));
        assertThat(dueTimers(tier)).containsExactly(INTERMEDIATE_EVENT_NO_REPLY_IN_TIME);
        fire(noReply);

        BpmnAwareTests.assertThat(tier).hasPassed(INTERMEDIATE_EVENT_NO_REPLY_IN_TIME, TASK_RESUME_TIER_CLOCK)
                .hasNotPassed(INTERMEDIATE_EVENT_CUSTOMER_REPLIED).isWaitingAtExactly(TASK_DECIDE_COMPLAINT);
        assertThat(tiersCalling(DELEGATE_RESUME_TIER_CLOCK)).containsExactly("FRONTLINE");
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(tier.getId())
                .eventName(MESSAGE_CUSTOMER_REPLIED).count()).isZero();
    }

    @Test
    void remindsTheTierOnceWhenTheReminderIsDueAndKeepsTheTaskOpen() {
        ProcessInstance tier = startFrontline();
        String task = decisionTask(tier).getId();

        advanceClockTo(NOW.plus(REMINDER_AFTER).plusSeconds(60));
        assertThat(dueTimers(tier)).containsExactly(BOUNDARY_EVENT_REMINDER_DUE);
        fire(timer(tier, BOUNDARY_EVENT_REMINDER_DUE));

        BpmnAwareTests.assertThat(tier).hasPassed(BOUNDARY_EVENT_REMINDER_DUE, TASK_REMIND_TIER, END_EVENT_TIER_REMINDED)
                .isWaitingAtExactly(TASK_DECIDE_COMPLAINT);
        assertThat(decisionTask(tier).getId()).isEqualTo(task);
        assertThat(tiersCalling(DELEGATE_REMIND_TIER)).containsExactly("FRONTLINE");
        assertThat(timer(tier, BOUNDARY_EVENT_REMINDER_DUE)).as("the reminder fires once").isNull();
        assertThat(dueTimers(tier)).isEmpty();

        decide(tier, voucherWithinLimit());
        BpmnAwareTests.assertThat(tier).hasPassed(END_EVENT_COMPLAINT_RESOLVED).isEnded();
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");
    }

    @Test
    void escalatesByItselfWhenTheDeadlinePasses() {
        ProcessInstance tier = startFrontline();

        advanceClockTo(NOW.plus(DUE_AFTER).plusSeconds(60));
        assertThat(dueTimers(tier)).containsExactlyInAnyOrder(BOUNDARY_EVENT_REMINDER_DUE, BOUNDARY_EVENT_DEADLINE_PASSED);
        fire(timer(tier, BOUNDARY_EVENT_DEADLINE_PASSED));

        BpmnAwareTests.assertThat(tier).hasPassed(BOUNDARY_EVENT_DEADLINE_PASSED, END_EVENT_DEADLINE_PASSED)
                .hasNotPassed(TASK_REMIND_TIER).isEnded();
        assertThat(decisionTask(tier)).isNull();
        assertThat(managementService().createJobQuery().processInstanceId(tier.getId()).count()).isZero();
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");
    }

    // ---- the tier as the main model calls it ----

    private static ProcessInstance receiveEmailComplaint(boolean receiptPresented) {
        return runtimeService().startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY, REFERENCE,
                Variables.createVariables()
                        .putValue(ComplaintHandlingProcess.VAR_COMPLAINT_ID, 42L)
                        .putValue(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, REFERENCE)
                        .putValue(ComplaintHandlingProcess.VAR_CHANNEL, "EMAIL")
                        .putValue(ComplaintHandlingProcess.VAR_ACKNOWLEDGEMENT_TO_SEND, true)
                        .putValue(ComplaintHandlingProcess.VAR_SEVERITY, "MEDIUM")
                        .putValue(ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM")
                        .putValue(ComplaintHandlingProcess.VAR_REGION, "NORTH")
                        .putValue(ComplaintHandlingProcess.VAR_RECEIVED_BY, "anna.frontline")
                        .putValue(ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, Date.from(NOW.plus(Duration.ofDays(5))))
                        .putValue(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED, receiptPresented)
                        .putValue(ComplaintHandlingProcess.VAR_MANAGEMENT_CONTACT_REQUIRED, false)
                        .putValue(ComplaintHandlingProcess.VAR_MAX_REOPENS, 2)
                        .putValue(ComplaintHandlingProcess.VAR_CUSTOMER_ANSWER_WINDOW, CUSTOMER_ANSWER_WINDOW)
                        .putValue(ComplaintHandlingProcess.VAR_REOPEN_COUNT, 0));
    }

    private static ProcessInstance calledTier(ProcessInstance complaint) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(complaint.getId()).singleResult();
    }

    @Test
    void resolvesAtTheFrontlineAsCalledByTheComplaintHandling() {
        ProcessInstance complaint = receiveEmailComplaint(true);
        ProcessInstance frontline = calledTier(complaint);
        BpmnAwareTests.assertThat(frontline).hasBusinessKey(REFERENCE).hasProcessDefinitionKey(PROCESS_KEY);
        BpmnAwareTests.assertThat(decisionTask(frontline)).hasCandidateGroup("frontline-HAM");

        decide(frontline, voucherWithinLimit());

        BpmnAwareTests.assertThat(frontline).hasPassed(END_EVENT_COMPLAINT_RESOLVED).isEnded();
        BpmnAwareTests.assertThat(complaint).hasPassed(ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER)
                .isWaitingAt(ComplaintHandlingProcess.TASK_MAIL_OUTCOME);
        BpmnAwareTests.assertThat(complaint).variables()
                .containsEntry(ComplaintHandlingProcess.VAR_RESOLVED_AT_TIER, "FRONTLINE");
        assertThat(tiersCalling(DELEGATE_RECORD_RESOLUTION)).containsExactly("FRONTLINE");
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");
    }

    @Test
    void escalatesToSupervisorWhenRefundHasNoReceipt() {
        ProcessInstance complaint = receiveEmailComplaint(false);
        ProcessInstance frontline = calledTier(complaint);

        decide(frontline, resolution("REFUND", 15.0, 50.0, true));

        BpmnAwareTests.assertThat(frontline).hasPassed(END_EVENT_LIMIT_EXCEEDED).isEnded();
        BpmnAwareTests.assertThat(complaint).isWaitingAt(ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER);
        ProcessInstance supervisor = calledTier(complaint);
        BpmnAwareTests.assertThat(decisionTask(supervisor)).hasCandidateGroup("supervisor-HAM");
        assertThat(tiersCalling(DELEGATE_RECORD_RESOLUTION)).isEmpty();
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).as("the frontline's clock stops when it escalates")
                .containsExactly("FRONTLINE");
        assertThat(tiersCalling(DELEGATE_START_TIER_CLOCK)).containsExactly("FRONTLINE", "SUPERVISOR");
    }

    @Test
    void escalatesToManagementByItselfWhenTheSupervisorsDeadlinePassesInTheComplaintHandling() {
        ProcessInstance complaint = receiveEmailComplaint(true);
        decide(calledTier(complaint), decision(TierDecision.ESCALATE));
        ProcessInstance supervisor = calledTier(complaint);

        advanceClockTo(NOW.plus(DUE_AFTER).plusSeconds(60));
        fire(timer(supervisor, BOUNDARY_EVENT_DEADLINE_PASSED));

        BpmnAwareTests.assertThat(supervisor).hasPassed(END_EVENT_DEADLINE_PASSED).isEnded();
        BpmnAwareTests.assertThat(complaint).isWaitingAt(ComplaintHandlingProcess.CALL_ACTIVITY_MANAGEMENT_TIER);
        BpmnAwareTests.assertThat(decisionTask(calledTier(complaint))).hasCandidateGroup("manager-NORTH");
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE", "SUPERVISOR");
    }

    @Test
    void handsTheComplaintBackFromTheSupervisorToTheFrontlineInTheComplaintHandling() {
        ProcessInstance complaint = receiveEmailComplaint(true);
        decide(calledTier(complaint), decision(TierDecision.ESCALATE));

        decide(calledTier(complaint), decision(TierDecision.HAND_BACK));

        BpmnAwareTests.assertThat(complaint).isWaitingAt(ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER);
        BpmnAwareTests.assertThat(decisionTask(calledTier(complaint))).hasCandidateGroup("frontline-HAM");
        assertThat(tiersCalling(DELEGATE_START_TIER_CLOCK)).containsExactly("FRONTLINE", "SUPERVISOR", "FRONTLINE");
        assertThat(tiersCalling(DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE", "SUPERVISOR");
    }

    // ---- the decision table by itself ----

    @ParameterizedTest(name = "{0}, signed {1}, limit {2}, receipt required {3}, presented {4}, amount {5} -> {6}")
    @CsvSource({
            "FRONTLINE,  false, 50.0, false, true,  10.0,  HANDBOOK_NOT_SIGNED",
            "FRONTLINE,  true,  50.0, false, true,  10.0,  WITHIN_LIMIT",
            "SUPERVISOR, false, 50.0, false, true,  10.0,  WITHIN_LIMIT",
            "SUPERVISOR, true,      , false, true,  10.0,  REMEDY_NOT_ALLOWED",
            "SUPERVISOR, true,      , true,  false, 10.0,  REMEDY_NOT_ALLOWED",
            "SUPERVISOR, true,  50.0, true,  false, 10.0,  RECEIPT_REQUIRED",
            "SUPERVISOR, true,  50.0, true,  false, 80.0,  RECEIPT_REQUIRED",
            "SUPERVISOR, true,  50.0, true,  true,  10.0,  WITHIN_LIMIT",
            "SUPERVISOR, true,  50.0, false, false, 10.0,  WITHIN_LIMIT",
            "SUPERVISOR, true,  50.0, false, true,  80.0,  ABOVE_LIMIT",
            "SUPERVISOR, true,  50.0, true,  true,  50.01, ABOVE_LIMIT",
            "SUPERVISOR, true,  50.0, false, true,  50.0,  WITHIN_LIMIT",
            "SUPERVISOR, true,  50.0, false, true,  49.99, WITHIN_LIMIT"})
    void theEmpowermentTableAnswersTheFirstMatchingRule(String tier, boolean signed, Double limit,
            boolean receiptRequired, boolean receiptPresented, double amount, String expected) {
        String answer = decisionService().evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue(ComplaintTierProcess.VAR_TIER, tier)
                        .putValue(ComplaintTierProcess.VAR_HANDBOOK_SIGNED, signed)
                        .putValue(VAR_EMPOWERMENT_LIMIT, limit)
                        .putValue(VAR_RECEIPT_REQUIRED, receiptRequired)
                        .putValue(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED, receiptPresented)
                        .putValue(VAR_AMOUNT, amount))
                .evaluate().getSingleEntry();

        assertThat(answer).isEqualTo(expected);
    }
}
