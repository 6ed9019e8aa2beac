package org.chantilly.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.CALL_ACTIVITY_HEAD_OFFICE_TIER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.CALL_ACTIVITY_MANAGEMENT_TIER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_ADD_PRE_SHIFT_TOPIC;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_CLOSE_COMPLAINT;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_MAIL_OUTCOME;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_PRINT_OUTCOME_LETTER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_RECORD_ACKNOWLEDGED_AT_INTAKE;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_RECORD_RECOGNITION;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_RECORD_REOPEN;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.END_EVENT_COMPLAINT_CLOSED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.END_EVENT_CUSTOMER_ACKNOWLEDGED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.INTERMEDIATE_EVENT_CUSTOMER_ANSWERED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.INTERMEDIATE_EVENT_NO_ANSWER_IN_TIME;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.MESSAGE_COMPLAINT_PULLED_UP;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.MESSAGE_CUSTOMER_ANSWERED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.PROCESS_KEY;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.GATEWAY_ACKNOWLEDGEMENT_TO_SEND;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.START_EVENT_COMPLAINT_RECEIVED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_ADD_PRE_SHIFT_TOPIC;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_ARRANGE_PERSONAL_MEETING;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_CALL_CUSTOMER_WITH_OUTCOME;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_CLOSE_COMPLAINT;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_CONFIRM_COACHING;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_CONFIRM_TRAINING;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_DECIDE_FOLLOW_UP;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_MAIL_OUTCOME;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_MANAGEMENT_CONTACTS_CUSTOMER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_PRINT_OUTCOME_LETTER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_RECORD_RECOGNITION;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_RECORD_REOPEN;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_RECORD_ACKNOWLEDGED_AT_INTAKE;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_SEND_ACKNOWLEDGEMENT;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.VAR_REOPEN_COUNT;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.VAR_RESOLVED_AT_TIER;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.VAR_SATISFIED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import org.chantilly.workflow.domain.FollowUpKind;
import org.chantilly.workflow.domain.TierDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path of ComplaintHandlingProcess on an in-memory engine (job executor off, delegates mocked, the engine's
 * clock fixed), with the real tier model called by its four call activities. The class must cover every flow node
 * and sequence flow of the main model (the tier model's coverage is ComplaintTierProcessTest's).
 */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class ComplaintHandlingProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(inMemoryEngine())
            .excludeProcessDefinitionKeys(ComplaintTierProcess.PROCESS_KEY)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String REFERENCE = "HAM-2026-000042";
    /** The channels whose acknowledgement is a message sent after intake (as intake's acknowledgement kinds say). */
    private static final Set<String> BY_MESSAGE = Set.of("EMAIL", "WEB", "SMS");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** The mocked tier clock: a reminder after one day, the deadline after two. */
    private static final Duration TIER_REMINDER_AFTER = Duration.ofDays(1);
    private static final Duration TIER_DUE_AFTER = Duration.ofDays(2);
    private static final Duration CUSTOMER_ANSWER_WINDOW = Duration.ofDays(14);
    private static final Instant MANAGEMENT_CONTACT_DUE_BY = NOW.plus(Duration.ofDays(3));

    private static final String FRONTLINE_GROUP = "frontline-HAM";
    private static final String SUPERVISOR_GROUP = "supervisor-HAM";
    private static final String MANAGEMENT_GROUP = "manager-NORTH";
    private static final String HEAD_OFFICE_GROUP = "head-office";

    /**
     * The join before closing. Without management contact its branch arrives right at the start, so every complaint
     * that does not need one waits there too until the follow-up is decided.
     */
    private static final String GATEWAY_READY_TO_CLOSE = "Gateway_ReadyToClose";
    private static final String GATEWAY_FOLLOW_UP_DONE = "Gateway_FollowUpDone";
    private static final String GATEWAY_AWAIT_CUSTOMER_ANSWER = "Gateway_AwaitCustomerAnswer";
    private static final String GATEWAY_FINAL_RESPONSE = "Gateway_FinalResponse";
    private static final String BOUNDARY_EVENT_FRONTLINE_ESCALATED = "BoundaryEvent_FrontlineEscalated";
    private static final String BOUNDARY_EVENT_SUPERVISOR_ESCALATED = "BoundaryEvent_SupervisorEscalated";
    private static final String BOUNDARY_EVENT_SUPERVISOR_HANDED_BACK = "BoundaryEvent_SupervisorHandedBack";
    private static final String BOUNDARY_EVENT_MANAGEMENT_ESCALATED = "BoundaryEvent_ManagementEscalated";
    private static final String BOUNDARY_EVENT_MANAGEMENT_HANDED_BACK = "BoundaryEvent_ManagementHandedBack";
    private static final String BOUNDARY_EVENT_HEAD_OFFICE_DEADLINE_PASSED = "BoundaryEvent_HeadOfficeDeadlinePassed";
    private static final String BOUNDARY_EVENT_HEAD_OFFICE_HANDED_BACK = "BoundaryEvent_HeadOfficeHandedBack";

    private static final List<String> FOLLOW_UP_DELEGATES = List.of(DELEGATE_ADD_PRE_SHIFT_TOPIC,
            DELEGATE_RECORD_RECOGNITION);

    ProcessEngine processEngine;

    /** Every delegate call, in order: which delegate, for which tier (null outside a tier). */
    private final List<Call> calls = new ArrayList<>();

    private record Call(String delegate, Object tier) {
    }

    private static ProcessEngineConfiguration inMemoryEngine() {
        return InMemoryEngine.withCoverage("complaint-handling-process");
    }

    @BeforeEach
    void bindAssertionsMocksAndClock() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        for (String delegate : List.of(DELEGATE_SEND_ACKNOWLEDGEMENT, DELEGATE_RECORD_ACKNOWLEDGED_AT_INTAKE,
                DELEGATE_MAIL_OUTCOME,
                DELEGATE_PRINT_OUTCOME_LETTER, DELEGATE_CLOSE_COMPLAINT, DELEGATE_ADD_PRE_SHIFT_TOPIC,
                DELEGATE_RECORD_RECOGNITION, ComplaintTierProcess.DELEGATE_PAUSE_TIER_CLOCK,
                ComplaintTierProcess.DELEGATE_REMIND_TIER, ComplaintTierProcess.DELEGATE_RECORD_RESOLUTION)) {
            Mocks.register(delegate, recording(delegate));
        }
        Mocks.register(DELEGATE_RECORD_REOPEN, (JavaDelegate) this::countReopen);
        for (String clock : List.of(ComplaintTierProcess.DELEGATE_START_TIER_CLOCK,
                ComplaintTierProcess.DELEGATE_RESUME_TIER_CLOCK)) {
            Mocks.register(clock, tierClock(clock));
        }
        Mocks.register(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK, (ExecutionListener) execution ->
                record(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK, execution));
        Mocks.register(ComplaintHandlingProcess.JOB_RETRY_CYCLE, "R6/PT10M");
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private void record(String delegate, DelegateExecution execution) {
        calls.add(new Call(delegate, execution.getVariable(ComplaintTierProcess.VAR_TIER)));
    }

    private JavaDelegate recording(String delegate) {
        return execution -> record(delegate, execution);
    }

    private JavaDelegate tierClock(String delegate) {
        return execution -> {
            record(delegate, execution);
            Instant now = ClockUtil.getCurrentTime().toInstant();
            execution.setVariable(ComplaintTierProcess.VAR_TIER_REMINDER_AT, Date.from(now.plus(TIER_REMINDER_AFTER)));
            execution.setVariable(ComplaintTierProcess.VAR_TIER_DUE_BY, Date.from(now.plus(TIER_DUE_AFTER)));
        };
    }

    private void countReopen(DelegateExecution execution) {
        record(DELEGATE_RECORD_REOPEN, execution);
        execution.setVariable(VAR_REOPEN_COUNT, (Integer) execution.getVariable(VAR_REOPEN_COUNT) + 1);
    }

    private List<String> delegatesCalled() {
        return calls.stream().map(Call::delegate).toList();
    }

    private List<Object> tiersCalling(String delegate) {
        return calls.stream().filter(call -> call.delegate().equals(delegate)).map(Call::tier).toList();
    }

    // ---- receiving the complaint ----

    private static ProcessInstance start(String channel, boolean managementContactRequired, int maxReopens) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, REFERENCE, Variables.createVariables()
                .putValue(ComplaintHandlingProcess.VAR_COMPLAINT_ID, 42L)
                .putValue(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, REFERENCE)
                .putValue(ComplaintHandlingProcess.VAR_CHANNEL, channel)
                .putValue(ComplaintHandlingProcess.VAR_SEVERITY, "MEDIUM")
                .putValue(ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM")
                .putValue(ComplaintHandlingProcess.VAR_REGION, "NORTH")
                .putValue(ComplaintHandlingProcess.VAR_RECEIVED_BY, "anna.frontline")
                .putValue(ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, Date.from(NOW.plus(Duration.ofDays(5))))
                .putValue(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED, true)
                .putValue(ComplaintHandlingProcess.VAR_ACKNOWLEDGEMENT_TO_SEND, BY_MESSAGE.contains(channel))
                .putValue(ComplaintHandlingProcess.VAR_MANAGEMENT_CONTACT_REQUIRED, managementContactRequired)
                .putValue(ComplaintHandlingProcess.VAR_MANAGEMENT_CONTACT_DUE_BY, managementContactRequired
                        ? Date.from(MANAGEMENT_CONTACT_DUE_BY) : null)
                .putValue(ComplaintHandlingProcess.VAR_MAX_REOPENS, maxReopens)
                .putValue(ComplaintHandlingProcess.VAR_CUSTOMER_ANSWER_WINDOW, CUSTOMER_ANSWER_WINDOW.toString())
                .putValue(VAR_REOPEN_COUNT, 0));
    }

    /** A complaint started and acknowledged (its acknowledgement job run, where it is a message). */
    private static ProcessInstance receive(String channel, boolean managementContactRequired, int maxReopens) {
        ProcessInstance complaint = start(channel, managementContactRequired, maxReopens);
        if (BY_MESSAGE.contains(channel)) {
            execute(job(TASK_SEND_ACKNOWLEDGEMENT, complaint));
        }
        return complaint;
    }

    private static ProcessInstance receive(String channel) {
        return receive(channel, false, 2);
    }

    // ---- the tiers (the called ComplaintTierProcess) ----

    private static ProcessInstance calledTier(ProcessInstance complaint) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(complaint.getId()).singleResult();
    }

    private static Task decisionTask(ProcessInstance complaint) {
        return taskQuery().processInstanceId(calledTier(complaint).getId())
                .taskDefinitionKey(ComplaintTierProcess.TASK_DECIDE_COMPLAINT).singleResult();
    }

    /** The tier working on the complaint completes its decision task the way the tier form does. */
    private static void decide(ProcessInstance complaint, TierDecision decision) {
        VariableMap variables = Variables.createVariables()
                .putValue(ComplaintTierProcess.VAR_TIER_DECISION, decision.name())
                .putValue(ComplaintTierProcess.VAR_REMEDY, decision == TierDecision.RESOLVE ? "VOUCHER" : null)
                .putValue(ComplaintTierProcess.VAR_AMOUNT, decision == TierDecision.RESOLVE ? 20.0 : null)
                .putValue(ComplaintTierProcess.VAR_DECIDED_BY, "someone")
                .putValue(ComplaintTierProcess.VAR_PROPOSAL_ID, 7L)
                .putValue(ComplaintTierProcess.VAR_EMPOWERMENT_LIMIT, decision == TierDecision.RESOLVE ? 50.0 : null)
                .putValue(ComplaintTierProcess.VAR_RECEIPT_REQUIRED, false);
        complete(decisionTask(complaint), variables);
    }

    private static void assertDecidingAt(ProcessInstance complaint, String callActivity, String candidateGroup) {
        BpmnAwareTests.assertThat(complaint).isWaitingAt(callActivity);
        BpmnAwareTests.assertThat(decisionTask(complaint)).hasCandidateGroup(candidateGroup);
    }

    private static void pullUp() {
        runtimeService().createMessageCorrelation(MESSAGE_COMPLAINT_PULLED_UP).processInstanceBusinessKey(REFERENCE)
                .correlate();
    }

    private static void letTheTiersDeadlinePass(ProcessInstance complaint) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(TIER_DUE_AFTER).plusSeconds(60)));
        Job deadline = managementService().createJobQuery().processInstanceId(calledTier(complaint).getId()).timers()
                .activityId(ComplaintTierProcess.BOUNDARY_EVENT_DEADLINE_PASSED).executable().singleResult();
        managementService().executeJob(deadline.getId());
    }

    /** Frontline, supervisor and management escalate one after the other. */
    private static void escalateToHeadOffice(ProcessInstance complaint) {
        decide(complaint, TierDecision.ESCALATE);
        decide(complaint, TierDecision.ESCALATE);
        decide(complaint, TierDecision.ESCALATE);
        assertDecidingAt(complaint, CALL_ACTIVITY_HEAD_OFFICE_TIER, HEAD_OFFICE_GROUP);
    }

    // ---- telling the customer and closing ----

    private static void callCustomerWithOutcome(ProcessInstance complaint) {
        Task call = task(TASK_CALL_CUSTOMER_WITH_OUTCOME, complaint);
        BpmnAwareTests.assertThat(call).hasCandidateGroup(FRONTLINE_GROUP);
        complete(call);
    }

    /** The answer arrives; what follows runs as a job of its own (asyncAfter), executed here. */
    private static void customerAnswers(boolean satisfied) {
        runtimeService().createMessageCorrelation(MESSAGE_CUSTOMER_ANSWERED).processInstanceBusinessKey(REFERENCE)
                .setVariable(VAR_SATISFIED, satisfied).correlate();
        execute(managementService().createJobQuery()
                .activityId(ComplaintHandlingProcess.INTERMEDIATE_EVENT_CUSTOMER_ANSWERED).singleResult());
    }

    private static void decideFollowUp(ProcessInstance complaint, Set<FollowUpKind> kinds) {
        Task decision = task(TASK_DECIDE_FOLLOW_UP, complaint);
        BpmnAwareTests.assertThat(decision).hasCandidateGroup(SUPERVISOR_GROUP);
        complete(decision, Variables.createVariables()
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_COACHING, kinds.contains(FollowUpKind.COACHING))
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_TRAINING, kinds.contains(FollowUpKind.TRAINING))
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_PRE_SHIFT_TOPIC,
                        kinds.contains(FollowUpKind.PRE_SHIFT_TOPIC))
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_RECOGNITION, kinds.contains(FollowUpKind.RECOGNITION)));
    }

    /** Resolved on the spot at the frontline, told in person, and the customer is satisfied. */
    private static ProcessInstance satisfiedComplaint() {
        ProcessInstance complaint = receive("IN_PERSON");
        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);
        customerAnswers(true);
        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_DECIDE_FOLLOW_UP);
        return complaint;
    }

    private static String activityOf(FollowUpKind kind) {
        return switch (kind) {
            case COACHING -> TASK_CONFIRM_COACHING;
            case TRAINING -> TASK_CONFIRM_TRAINING;
            case PRE_SHIFT_TOPIC -> TASK_ADD_PRE_SHIFT_TOPIC;
            case RECOGNITION -> TASK_RECORD_RECOGNITION;
        };
    }

    /** The follow-ups the engine records by itself; coaching and training wait for the supervisor's confirmation. */
    private static List<String> followUpDelegatesOf(FollowUpKind kind) {
        return switch (kind) {
            case PRE_SHIFT_TOPIC -> List.of(DELEGATE_ADD_PRE_SHIFT_TOPIC);
            case RECOGNITION -> List.of(DELEGATE_RECORD_RECOGNITION);
            case COACHING, TRAINING -> List.of();
        };
    }

    private static void confirmFollowUp(ProcessInstance complaint, String confirmTask) {
        Task confirmation = task(confirmTask, complaint);
        BpmnAwareTests.assertThat(confirmation).hasCandidateGroup(SUPERVISOR_GROUP);
        complete(confirmation);
    }

    // ---- receiving and acknowledging ----

    @Test
    void acknowledgesTheCustomerInAJobOfItsOwnWhileTheFrontlineDecides() {
        ProcessInstance complaint = start("EMAIL", false, 2);

        BpmnAwareTests.assertThat(complaint).hasBusinessKey(REFERENCE).hasPassed(START_EVENT_COMPLAINT_RECEIVED)
                .isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_SEND_ACKNOWLEDGEMENT, CALL_ACTIVITY_FRONTLINE_TIER);
        BpmnAwareTests.assertThat(decisionTask(complaint)).hasCandidateGroup(FRONTLINE_GROUP);
        assertThat(calledTier(complaint).getBusinessKey()).isEqualTo(REFERENCE);
        assertThat(delegatesCalled()).doesNotContain(DELEGATE_SEND_ACKNOWLEDGEMENT);

        execute(job(TASK_SEND_ACKNOWLEDGEMENT, complaint));

        assertThat(delegatesCalled()).containsOnlyOnce(DELEGATE_SEND_ACKNOWLEDGEMENT);
        BpmnAwareTests.assertThat(complaint).hasPassed(TASK_SEND_ACKNOWLEDGEMENT, END_EVENT_CUSTOMER_ACKNOWLEDGED)
                .isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, CALL_ACTIVITY_FRONTLINE_TIER);
    }

    @Test
    void recordsAnAcknowledgementGivenAtIntakeInTheIntakesTransactionWithoutAJob() {
        for (String channel : List.of("IN_PERSON", "PHONE", "LETTER")) {
            calls.clear();
            ProcessInstance complaint = start(channel, false, 2);

            BpmnAwareTests.assertThat(complaint)
                    .hasPassed(GATEWAY_ACKNOWLEDGEMENT_TO_SEND, TASK_RECORD_ACKNOWLEDGED_AT_INTAKE,
                            ComplaintHandlingProcess.END_EVENT_ACKNOWLEDGED_AT_INTAKE)
                    .hasNotPassed(TASK_SEND_ACKNOWLEDGEMENT)
                    .isWaitingAtExactly(GATEWAY_READY_TO_CLOSE,
                            channel.equals("LETTER") ? TASK_ARRANGE_PERSONAL_MEETING : CALL_ACTIVITY_FRONTLINE_TIER);
            assertThat(delegatesCalled()).as(channel).containsOnlyOnce(DELEGATE_RECORD_ACKNOWLEDGED_AT_INTAKE)
                    .doesNotContain(DELEGATE_SEND_ACKNOWLEDGEMENT);
            assertThat(managementService().createJobQuery().processInstanceId(complaint.getId()).count()).isZero();
            runtimeService().deleteProcessInstance(complaint.getId(), "next channel");
        }
    }

    @Test
    void retriesAFailedAcknowledgementByTheConfiguredCycle() {
        Mocks.register(ComplaintHandlingProcess.JOB_RETRY_CYCLE, "R4/PT5M");
        Mocks.register(DELEGATE_SEND_ACKNOWLEDGEMENT, (JavaDelegate) execution -> {
            throw new IllegalStateException("mail server down");
        });
        ProcessInstance complaint = start("EMAIL", false, 2);
        Job acknowledgement = job(TASK_SEND_ACKNOWLEDGEMENT, complaint);

        assertThatThrownBy(() -> managementService().executeJob(acknowledgement.getId()))
                .hasMessageContaining("mail server down");

        Job failed = job(TASK_SEND_ACKNOWLEDGEMENT, complaint);
        assertThat(failed.getRetries()).isEqualTo(3);
        assertThat(failed.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void closesAComplaintResolvedOnTheSpotWhenTheCustomerIsSatisfiedAndNoFollowUpIsDue() {
        ProcessInstance complaint = satisfiedComplaint();
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_RESOLVED_AT_TIER, "FRONTLINE");

        decideFollowUp(complaint, Set.of());

        BpmnAwareTests.assertThat(complaint)
                .hasPassedInOrder(START_EVENT_COMPLAINT_RECEIVED, CALL_ACTIVITY_FRONTLINE_TIER,
                        TASK_CALL_CUSTOMER_WITH_OUTCOME, INTERMEDIATE_EVENT_CUSTOMER_ANSWERED, TASK_DECIDE_FOLLOW_UP,
                        TASK_CLOSE_COMPLAINT, END_EVENT_COMPLAINT_CLOSED)
                .hasNotPassed(CALL_ACTIVITY_SUPERVISOR_TIER, TASK_RECORD_REOPEN, TASK_MANAGEMENT_CONTACTS_CUSTOMER,
                        TASK_CONFIRM_COACHING, TASK_CONFIRM_TRAINING, TASK_ADD_PRE_SHIFT_TOPIC, TASK_RECORD_RECOGNITION)
                .isEnded();
        assertThat(delegatesCalled()).containsOnlyOnce(DELEGATE_CLOSE_COMPLAINT)
                .doesNotContain(DELEGATE_ADD_PRE_SHIFT_TOPIC, DELEGATE_RECORD_RECOGNITION, DELEGATE_RECORD_REOPEN);
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_RECORD_RESOLUTION)).containsExactly("FRONTLINE");
    }

    // ---- up the tiers ----

    @Test
    void movesToTheSupervisorWhenTheFrontlineEscalates() {
        ProcessInstance complaint = receive("EMAIL");

        decide(complaint, TierDecision.ESCALATE);

        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_FRONTLINE_ESCALATED);
        assertDecidingAt(complaint, CALL_ACTIVITY_SUPERVISOR_TIER, SUPERVISOR_GROUP);
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");

        decide(complaint, TierDecision.RESOLVE);

        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_MAIL_OUTCOME);
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_RESOLVED_AT_TIER, "SUPERVISOR");
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_RECORD_RESOLUTION)).containsExactly("SUPERVISOR");
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE", "SUPERVISOR");
    }

    @Test
    void reachesManagementWhenEscalatedTwice() {
        ProcessInstance complaint = receive("WEB");
        decide(complaint, TierDecision.ESCALATE);

        decide(complaint, TierDecision.ESCALATE);

        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_SUPERVISOR_ESCALATED);
        assertDecidingAt(complaint, CALL_ACTIVITY_MANAGEMENT_TIER, MANAGEMENT_GROUP);

        decide(complaint, TierDecision.RESOLVE);

        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_MAIL_OUTCOME);
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_RESOLVED_AT_TIER, "MANAGEMENT");
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_START_TIER_CLOCK))
                .containsExactly("FRONTLINE", "SUPERVISOR", "MANAGEMENT");
    }

    @Test
    void movesToManagementByItselfWhenTheSupervisorsDeadlinePasses() {
        ProcessInstance complaint = receive("EMAIL");
        decide(complaint, TierDecision.ESCALATE);

        letTheTiersDeadlinePass(complaint);

        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_SUPERVISOR_ESCALATED);
        assertDecidingAt(complaint, CALL_ACTIVITY_MANAGEMENT_TIER, MANAGEMENT_GROUP);
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE", "SUPERVISOR");
    }

    @Test
    void reachesHeadOfficeWhenManagementEscalatesAndHeadOfficeResolves() {
        ProcessInstance complaint = receive("EMAIL");

        escalateToHeadOffice(complaint);
        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_MANAGEMENT_ESCALATED);
        decide(complaint, TierDecision.RESOLVE);

        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_MAIL_OUTCOME);
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_RESOLVED_AT_TIER, "HEAD_OFFICE");
    }

    @Test
    void headOfficesDecisionIsTheFinalResponseTheCustomerIsNotAskedAgain() {
        ProcessInstance complaint = receive("EMAIL");
        escalateToHeadOffice(complaint);
        decide(complaint, TierDecision.RESOLVE);

        execute(job(TASK_MAIL_OUTCOME, complaint));

        BpmnAwareTests.assertThat(complaint).hasPassed(GATEWAY_FINAL_RESPONSE)
                .hasNotPassed(GATEWAY_AWAIT_CUSTOMER_ANSWER)
                .isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_DECIDE_FOLLOW_UP);
        decideFollowUp(complaint, Set.of());
        BpmnAwareTests.assertThat(complaint).isEnded().hasNotPassed(TASK_RECORD_REOPEN);
    }

    @Test
    void aComplaintReopenedUpToHeadOfficeEndsWithItsFinalResponse() {
        ProcessInstance complaint = receive("SMS", false, 1);
        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);
        customerAnswers(false);
        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);
        customerAnswers(false);
        assertDecidingAt(complaint, CALL_ACTIVITY_HEAD_OFFICE_TIER, HEAD_OFFICE_GROUP);

        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);

        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_DECIDE_FOLLOW_UP);
        assertThat(delegatesCalled()).filteredOn(DELEGATE_RECORD_REOPEN::equals).hasSize(2);
    }

    @Test
    void reissuesTheDecisionToHeadOfficeWhenHeadOfficesDeadlinePasses() {
        ProcessInstance complaint = receive("EMAIL");
        escalateToHeadOffice(complaint);
        String firstIssue = calledTier(complaint).getId();

        letTheTiersDeadlinePass(complaint);

        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_HEAD_OFFICE_DEADLINE_PASSED);
        assertDecidingAt(complaint, CALL_ACTIVITY_HEAD_OFFICE_TIER, HEAD_OFFICE_GROUP);
        assertThat(calledTier(complaint).getId()).isNotEqualTo(firstIssue);
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_START_TIER_CLOCK))
                .containsExactly("FRONTLINE", "SUPERVISOR", "MANAGEMENT", "HEAD_OFFICE", "HEAD_OFFICE");
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK))
                .containsExactly("FRONTLINE", "SUPERVISOR", "MANAGEMENT", "HEAD_OFFICE");
    }

    // ---- down the tiers ----

    @Test
    void handsTheComplaintBackFromTheSupervisorToTheFrontline() {
        ProcessInstance complaint = receive("EMAIL");
        decide(complaint, TierDecision.ESCALATE);

        decide(complaint, TierDecision.HAND_BACK);

        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_SUPERVISOR_HANDED_BACK);
        assertDecidingAt(complaint, CALL_ACTIVITY_FRONTLINE_TIER, FRONTLINE_GROUP);
    }

    @Test
    void handsTheComplaintBackFromManagementToTheSupervisor() {
        ProcessInstance complaint = receive("EMAIL");
        decide(complaint, TierDecision.ESCALATE);
        decide(complaint, TierDecision.ESCALATE);

        decide(complaint, TierDecision.HAND_BACK);

        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_MANAGEMENT_HANDED_BACK);
        assertDecidingAt(complaint, CALL_ACTIVITY_SUPERVISOR_TIER, SUPERVISOR_GROUP);
    }

    @Test
    void handsTheComplaintBackFromHeadOfficeToManagement() {
        ProcessInstance complaint = receive("EMAIL");
        escalateToHeadOffice(complaint);

        decide(complaint, TierDecision.HAND_BACK);

        BpmnAwareTests.assertThat(complaint).hasPassed(BOUNDARY_EVENT_HEAD_OFFICE_HANDED_BACK);
        assertDecidingAt(complaint, CALL_ACTIVITY_MANAGEMENT_TIER, MANAGEMENT_GROUP);
    }

    // ---- pulled up ----

    @Test
    void letsTheSupervisorPullTheComplaintUpFromTheFrontline() {
        ProcessInstance complaint = receive("EMAIL");
        ProcessInstance frontline = calledTier(complaint);

        pullUp();

        BpmnAwareTests.assertThat(complaint).hasPassed(ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_FRONTLINE);
        BpmnAwareTests.assertThat(frontline).isEnded();
        assertDecidingAt(complaint, CALL_ACTIVITY_SUPERVISOR_TIER, SUPERVISOR_GROUP);
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE");
    }

    @Test
    void letsManagementPullTheComplaintUpFromTheSupervisor() {
        ProcessInstance complaint = receive("EMAIL");
        decide(complaint, TierDecision.ESCALATE);

        pullUp();

        BpmnAwareTests.assertThat(complaint).hasPassed(ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_SUPERVISOR);
        assertDecidingAt(complaint, CALL_ACTIVITY_MANAGEMENT_TIER, MANAGEMENT_GROUP);
        assertThat(tiersCalling(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK)).containsExactly("FRONTLINE", "SUPERVISOR");
    }

    // ---- the channel ----

    @Test
    void answersALetterWithAPersonalMeetingAtTheSupervisorAndAnOutcomeLetter() {
        ProcessInstance complaint = receive("LETTER");
        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_ARRANGE_PERSONAL_MEETING)
                .hasNotPassed(CALL_ACTIVITY_FRONTLINE_TIER);
        Task meeting = task(TASK_ARRANGE_PERSONAL_MEETING, complaint);
        BpmnAwareTests.assertThat(meeting).hasCandidateGroup(SUPERVISOR_GROUP);

        complete(meeting);
        assertDecidingAt(complaint, CALL_ACTIVITY_SUPERVISOR_TIER, SUPERVISOR_GROUP);
        decide(complaint, TierDecision.RESOLVE);
        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_PRINT_OUTCOME_LETTER);
        execute(job(TASK_PRINT_OUTCOME_LETTER, complaint));

        BpmnAwareTests.assertThat(complaint).hasPassed(TASK_PRINT_OUTCOME_LETTER)
                .isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, GATEWAY_AWAIT_CUSTOMER_ANSWER)
                .isWaitingFor(MESSAGE_CUSTOMER_ANSWERED);
        assertThat(delegatesCalled()).containsOnlyOnce(DELEGATE_PRINT_OUTCOME_LETTER)
                .doesNotContain(DELEGATE_MAIL_OUTCOME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMAIL", "WEB"})
    void mailsTheOutcomeOfComplaintsReceivedInWriting(String channel) {
        ProcessInstance complaint = receive(channel);
        decide(complaint, TierDecision.RESOLVE);
        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_MAIL_OUTCOME);

        execute(job(TASK_MAIL_OUTCOME, complaint));

        BpmnAwareTests.assertThat(complaint).hasPassed(TASK_MAIL_OUTCOME)
                .isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, GATEWAY_AWAIT_CUSTOMER_ANSWER)
                .isWaitingFor(MESSAGE_CUSTOMER_ANSWERED);
        assertThat(delegatesCalled()).containsOnlyOnce(DELEGATE_MAIL_OUTCOME)
                .doesNotContain(DELEGATE_PRINT_OUTCOME_LETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN_PERSON", "PHONE", "SMS"})
    void hasTheFrontlineTellTheOutcomeOfSpokenAndTextedComplaints(String channel) {
        ProcessInstance complaint = receive(channel);
        decide(complaint, TierDecision.RESOLVE);
        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_CALL_CUSTOMER_WITH_OUTCOME);

        callCustomerWithOutcome(complaint);

        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, GATEWAY_AWAIT_CUSTOMER_ANSWER);
        assertThat(delegatesCalled()).doesNotContain(DELEGATE_MAIL_OUTCOME, DELEGATE_PRINT_OUTCOME_LETTER);
    }

    // ---- the customer's answer ----

    @Test
    void reopensAtTheSupervisorWhenTheCustomerIsNotSatisfiedWithTheFrontline() {
        ProcessInstance complaint = receive("PHONE");
        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);

        customerAnswers(false);

        BpmnAwareTests.assertThat(complaint).hasPassed(TASK_RECORD_REOPEN).hasNotPassed(TASK_DECIDE_FOLLOW_UP);
        assertDecidingAt(complaint, CALL_ACTIVITY_SUPERVISOR_TIER, SUPERVISOR_GROUP);
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_REOPEN_COUNT, 1);
    }

    @Test
    void reopensAtManagementWhenTheCustomerIsNotSatisfiedWithTheSupervisor() {
        ProcessInstance complaint = receive("EMAIL");
        decide(complaint, TierDecision.ESCALATE);
        decide(complaint, TierDecision.RESOLVE);
        execute(job(TASK_MAIL_OUTCOME, complaint));

        customerAnswers(false);

        assertDecidingAt(complaint, CALL_ACTIVITY_MANAGEMENT_TIER, MANAGEMENT_GROUP);
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_REOPEN_COUNT, 1);
    }

    @Test
    void reopensAtHeadOfficeWhenTheCustomerIsNotSatisfiedWithManagement() {
        ProcessInstance complaint = receive("EMAIL");
        decide(complaint, TierDecision.ESCALATE);
        decide(complaint, TierDecision.ESCALATE);
        decide(complaint, TierDecision.RESOLVE);
        execute(job(TASK_MAIL_OUTCOME, complaint));

        customerAnswers(false);

        assertDecidingAt(complaint, CALL_ACTIVITY_HEAD_OFFICE_TIER, HEAD_OFFICE_GROUP);
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_REOPEN_COUNT, 1);
    }

    @Test
    void sendsAComplaintReopenedMoreOftenThanAllowedToHeadOffice() {
        ProcessInstance complaint = receive("SMS", false, 1);
        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);
        customerAnswers(false);
        assertDecidingAt(complaint, CALL_ACTIVITY_SUPERVISOR_TIER, SUPERVISOR_GROUP);
        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);

        customerAnswers(false);

        assertDecidingAt(complaint, CALL_ACTIVITY_HEAD_OFFICE_TIER, HEAD_OFFICE_GROUP);
        BpmnAwareTests.assertThat(complaint).hasNotPassed(CALL_ACTIVITY_MANAGEMENT_TIER);
        BpmnAwareTests.assertThat(complaint).variables().containsEntry(VAR_REOPEN_COUNT, 2);
        assertThat(delegatesCalled()).filteredOn(DELEGATE_RECORD_REOPEN::equals).hasSize(2);
    }

    @Test
    void decidesTheFollowUpWhenTheCustomerDoesNotAnswerInTime() {
        ProcessInstance complaint = receive("EMAIL");
        decide(complaint, TierDecision.RESOLVE);
        execute(job(TASK_MAIL_OUTCOME, complaint));
        Job noAnswer = managementService().createJobQuery().processInstanceId(complaint.getId()).timers()
                .activityId(INTERMEDIATE_EVENT_NO_ANSWER_IN_TIME).singleResult();
        assertThat(noAnswer.getDuedate()).isEqualTo(Date.from(NOW.plus(CUSTOMER_ANSWER_WINDOW)));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(CUSTOMER_ANSWER_WINDOW).plusSeconds(60)));
        managementService().executeJob(noAnswer.getId());

        BpmnAwareTests.assertThat(complaint).hasPassed(INTERMEDIATE_EVENT_NO_ANSWER_IN_TIME)
                .hasNotPassed(INTERMEDIATE_EVENT_CUSTOMER_ANSWERED, TASK_RECORD_REOPEN)
                .isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_DECIDE_FOLLOW_UP);
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(complaint.getId())
                .eventName(MESSAGE_CUSTOMER_ANSWERED).count()).isZero();
    }

    // ---- closing ----

    @Test
    void waitsForManagementToContactTheCustomerBeforeClosing() {
        ProcessInstance complaint = receive("IN_PERSON", true, 2);
        Task contact = task(TASK_MANAGEMENT_CONTACTS_CUSTOMER, complaint);
        assertThat(contact.getDueDate()).as("management's deadline from the handbook").isEqualTo(
                Date.from(MANAGEMENT_CONTACT_DUE_BY));
        BpmnAwareTests.assertThat(contact).hasCandidateGroup(MANAGEMENT_GROUP);
        decide(complaint, TierDecision.RESOLVE);
        callCustomerWithOutcome(complaint);
        customerAnswers(true);

        decideFollowUp(complaint, Set.of());

        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(GATEWAY_READY_TO_CLOSE, TASK_MANAGEMENT_CONTACTS_CUSTOMER)
                .hasNotPassed(TASK_CLOSE_COMPLAINT);
        assertThat(delegatesCalled()).doesNotContain(DELEGATE_CLOSE_COMPLAINT);

        complete(contact);

        BpmnAwareTests.assertThat(complaint).hasPassed(TASK_MANAGEMENT_CONTACTS_CUSTOMER, TASK_CLOSE_COMPLAINT,
                END_EVENT_COMPLAINT_CLOSED).isEnded();
        assertThat(delegatesCalled()).containsOnlyOnce(DELEGATE_CLOSE_COMPLAINT);
    }

    @ParameterizedTest
    @EnumSource(FollowUpKind.class)
    void closesTheComplaintAndRunsTheDecidedFollowUp(FollowUpKind kind) {
        ProcessInstance complaint = satisfiedComplaint();

        decideFollowUp(complaint, Set.of(kind));

        assertThat(delegatesCalled()).containsOnlyOnce(DELEGATE_CLOSE_COMPLAINT);
        assertThat(delegatesCalled()).filteredOn(FOLLOW_UP_DELEGATES::contains)
                .containsExactlyElementsOf(followUpDelegatesOf(kind));
        if (kind == FollowUpKind.COACHING || kind == FollowUpKind.TRAINING) {
            BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(activityOf(kind));
            confirmFollowUp(complaint, activityOf(kind));
        }
        BpmnAwareTests.assertThat(complaint).hasPassedInOrder(TASK_CLOSE_COMPLAINT, activityOf(kind),
                END_EVENT_COMPLAINT_CLOSED).isEnded();
        EnumSet<FollowUpKind> others = EnumSet.complementOf(EnumSet.of(kind));
        BpmnAwareTests.assertThat(complaint).hasNotPassed(others.stream().map(
                ComplaintHandlingProcessTest::activityOf).toArray(String[]::new));
    }

    @Test
    void runsEveryFollowUpKindAtOnceBeforeTheComplaintEnds() {
        ProcessInstance complaint = satisfiedComplaint();

        decideFollowUp(complaint, EnumSet.allOf(FollowUpKind.class));

        BpmnAwareTests.assertThat(complaint).hasPassed(TASK_CLOSE_COMPLAINT, TASK_ADD_PRE_SHIFT_TOPIC,
                TASK_RECORD_RECOGNITION)
                .isWaitingAtExactly(TASK_CONFIRM_COACHING, TASK_CONFIRM_TRAINING, GATEWAY_FOLLOW_UP_DONE);
        assertThat(delegatesCalled()).containsOnlyOnce(DELEGATE_CLOSE_COMPLAINT, DELEGATE_ADD_PRE_SHIFT_TOPIC,
                DELEGATE_RECORD_RECOGNITION);

        confirmFollowUp(complaint, TASK_CONFIRM_COACHING);
        BpmnAwareTests.assertThat(complaint).isWaitingAtExactly(TASK_CONFIRM_TRAINING, GATEWAY_FOLLOW_UP_DONE);
        confirmFollowUp(complaint, TASK_CONFIRM_TRAINING);

        BpmnAwareTests.assertThat(complaint).hasPassed(TASK_CONFIRM_COACHING, TASK_CONFIRM_TRAINING,
                END_EVENT_COMPLAINT_CLOSED).isEnded();
    }
}
