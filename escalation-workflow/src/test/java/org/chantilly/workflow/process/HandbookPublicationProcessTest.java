package org.chantilly.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.APPROVE;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.DELEGATE_PUBLISH_HANDBOOK;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.DELEGATE_REMIND_UNSIGNED_EMPLOYEES;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.DELEGATE_REPORT_OVERDUE_SIGNATURES;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.DELEGATE_REQUEST_SIGNATURES;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.DELEGATE_RETURN_DRAFT;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.END_EVENT_HANDBOOK_IN_FORCE;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.GATEWAY_DRAFT_APPROVED;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.GATEWAY_READY_FOR_REVIEW;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.GROUP_APPROVERS;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.GROUP_OWNERS;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.INTERMEDIATE_EVENT_SIGNING_DEADLINE_PASSED;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.INTERMEDIATE_EVENT_SIGNING_REMINDER_DUE;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.PROCESS_KEY;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.SEND_BACK;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.START_EVENT_DRAFT_SUBMITTED;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.TASK_PUBLISH_HANDBOOK;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.TASK_REMIND_UNSIGNED_EMPLOYEES;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.TASK_REPORT_OVERDUE_SIGNATURES;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.TASK_REQUEST_SIGNATURES;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.TASK_RETURN_DRAFT;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.TASK_REVIEW_HANDBOOK_DRAFT;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.TASK_REVISE_HANDBOOK_DRAFT;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_APPROVAL_DECISION;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_APPROVED_BY;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_EFFECTIVE_FROM;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_HANDBOOK_VERSION;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_REVIEW_COMMENT;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_SIGNING_DEADLINE;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_SIGNING_REMINDER_AT;
import static org.chantilly.workflow.domain.HandbookPublicationProcess.VAR_SUBMITTED_BY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.domain.HandbookPublicationProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Publishing a handbook version (HandbookPublicationProcess) on an in-memory engine with the job executor off, the
 * engine's clock set by the test and every delegate mocked. The class must cover every flow node and sequence flow
 * of the model.
 */
@Deployment(resources = HandbookPublicationProcess.RESOURCE)
class HandbookPublicationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(inMemoryEngine())
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final int VERSION = 2;
    private static final String BUSINESS_KEY = HandbookPublicationProcess.businessKey(VERSION);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** What the mocked publication sets, counted from the engine's clock when it runs. */
    private static final Duration REMINDER_AFTER = Duration.ofDays(21);
    private static final Duration SIGNING_WITHIN = Duration.ofDays(42);

    ProcessEngine processEngine;

    /** Every delegate call, in order: which delegate, at what time on the engine's clock. */
    private final List<Call> calls = new ArrayList<>();

    private record Call(String delegate, Instant at) {
    }

    private static ProcessEngineConfiguration inMemoryEngine() {
        return InMemoryEngine.withCoverage("handbook-publication-process");
    }

    @BeforeEach
    void bindAssertionsMocksAndClock() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(DELEGATE_PUBLISH_HANDBOOK, (JavaDelegate) this::publish);
        for (String delegate : List.of(DELEGATE_RETURN_DRAFT, DELEGATE_REQUEST_SIGNATURES,
                DELEGATE_REMIND_UNSIGNED_EMPLOYEES, DELEGATE_REPORT_OVERDUE_SIGNATURES)) {
            Mocks.register(delegate, recording(delegate));
        }
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private JavaDelegate recording(String delegate) {
        return execution -> calls.add(new Call(delegate, now()));
    }

    /** The publication sets the reminder and the signing deadline from the engine's now. */
    private void publish(DelegateExecution execution) {
        calls.add(new Call(DELEGATE_PUBLISH_HANDBOOK, now()));
        execution.setVariable(VAR_SIGNING_REMINDER_AT, Date.from(now().plus(REMINDER_AFTER)));
        execution.setVariable(VAR_SIGNING_DEADLINE, Date.from(now().plus(SIGNING_WITHIN)));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static void advanceClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    // ---- driving the publication ----

    private static ProcessInstance submitDraft() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY, Variables.createVariables()
                .putValue(VAR_HANDBOOK_VERSION, VERSION)
                .putValue(VAR_SUBMITTED_BY, "handbook"));
    }

    private static Task task(ProcessInstance publication, String activityId) {
        return taskQuery().processInstanceId(publication.getId()).taskDefinitionKey(activityId).singleResult();
    }

    /** What the approver's form sets when it completes Task_ReviewHandbookDraft. */
    private static VariableMap review(String decision, Instant effectiveFrom, String comment) {
        return Variables.createVariables()
                .putValue(VAR_APPROVAL_DECISION, decision)
                .putValue(VAR_APPROVED_BY, "head.office")
                .putValue(VAR_EFFECTIVE_FROM, effectiveFrom == null ? null : Date.from(effectiveFrom))
                .putValue(VAR_REVIEW_COMMENT, comment);
    }

    private static void approve(ProcessInstance publication, Instant effectiveFrom) {
        complete(task(publication, TASK_REVIEW_HANDBOOK_DRAFT), review(APPROVE, effectiveFrom, "Clear and complete."));
    }

    private static void sendBack(ProcessInstance publication, String comment) {
        complete(task(publication, TASK_REVIEW_HANDBOOK_DRAFT), review(SEND_BACK, null, comment));
    }

    private static Job timer(ProcessInstance publication, String activityId) {
        return managementService().createJobQuery().processInstanceId(publication.getId()).timers()
                .activityId(activityId).singleResult();
    }

    /** The timers that the engine's clock has made due (what the job executor would run now). */
    private static List<String> dueTimers(ProcessInstance publication) {
        return managementService().createJobQuery().processInstanceId(publication.getId()).timers().executable()
                .list().stream().map(job -> managementService().createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId())
                .toList();
    }

    /** Sets the engine's clock to the timer's due date and runs it, as the job executor would. */
    private static void fireWhenDue(ProcessInstance publication, String activityId) {
        Job timer = timer(publication, activityId);
        assertThat(timer).as("timer at %s", activityId).isNotNull();
        advanceClockTo(timer.getDuedate().toInstant());
        assertThat(dueTimers(publication)).containsExactly(activityId);
        execute(timer);
    }

    private static Instant dateVariable(ProcessInstance publication, String name) {
        return ((Date) runtimeService().getVariable(publication.getId(), name)).toInstant();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private List<String> delegatesCalled() {
        return calls.stream().map(Call::delegate).toList();
    }

    // ---- the tests ----

    @Test
    void approvedVersionTakesEffectThenRemindsAndReportsOverdueSignatures() {
        ProcessInstance publication = submitDraft();
        BpmnAwareTests.assertThat(publication).hasBusinessKey(BUSINESS_KEY)
                .isWaitingAtExactly(TASK_REVIEW_HANDBOOK_DRAFT);
        Instant effectiveFrom = Instant.parse("2026-12-01T00:00:00Z");

        approve(publication, effectiveFrom);

        BpmnAwareTests.assertThat(publication).hasPassed(GATEWAY_DRAFT_APPROVED, TASK_PUBLISH_HANDBOOK)
                .hasNotPassed(TASK_RETURN_DRAFT).isWaitingAtExactly(INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT);
        Instant reminderAt = dateVariable(publication, VAR_SIGNING_REMINDER_AT);
        Instant deadline = dateVariable(publication, VAR_SIGNING_DEADLINE);
        assertThat(reminderAt).isEqualTo(NOW.plus(REMINDER_AFTER));
        assertThat(deadline).isEqualTo(NOW.plus(SIGNING_WITHIN));
        assertThat(timer(publication, INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT).getDuedate())
                .isEqualTo(Date.from(effectiveFrom));
        assertThat(delegatesCalled()).containsExactly(DELEGATE_PUBLISH_HANDBOOK);

        fireWhenDue(publication, INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT);

        BpmnAwareTests.assertThat(publication).hasPassed(TASK_REQUEST_SIGNATURES)
                .isWaitingAtExactly(INTERMEDIATE_EVENT_SIGNING_REMINDER_DUE);
        assertThat(timer(publication, INTERMEDIATE_EVENT_SIGNING_REMINDER_DUE).getDuedate())
                .isEqualTo(Date.from(reminderAt));
        assertThat(delegatesCalled()).containsExactly(DELEGATE_PUBLISH_HANDBOOK, DELEGATE_REQUEST_SIGNATURES);

        fireWhenDue(publication, INTERMEDIATE_EVENT_SIGNING_REMINDER_DUE);

        BpmnAwareTests.assertThat(publication).hasPassed(TASK_REMIND_UNSIGNED_EMPLOYEES)
                .hasNotPassed(TASK_REPORT_OVERDUE_SIGNATURES)
                .isWaitingAtExactly(INTERMEDIATE_EVENT_SIGNING_DEADLINE_PASSED);
        assertThat(timer(publication, INTERMEDIATE_EVENT_SIGNING_DEADLINE_PASSED).getDuedate())
                .isEqualTo(Date.from(deadline));

        fireWhenDue(publication, INTERMEDIATE_EVENT_SIGNING_DEADLINE_PASSED);

        BpmnAwareTests.assertThat(publication).hasPassedInOrder(START_EVENT_DRAFT_SUBMITTED,
                TASK_REVIEW_HANDBOOK_DRAFT, TASK_PUBLISH_HANDBOOK, INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT,
                TASK_REQUEST_SIGNATURES, INTERMEDIATE_EVENT_SIGNING_REMINDER_DUE, TASK_REMIND_UNSIGNED_EMPLOYEES,
                INTERMEDIATE_EVENT_SIGNING_DEADLINE_PASSED, TASK_REPORT_OVERDUE_SIGNATURES,
                END_EVENT_HANDBOOK_IN_FORCE).isEnded();
        assertThat(calls).containsExactly(
                new Call(DELEGATE_PUBLISH_HANDBOOK, NOW),
                new Call(DELEGATE_REQUEST_SIGNATURES, effectiveFrom),
                new Call(DELEGATE_REMIND_UNSIGNED_EMPLOYEES, reminderAt),
                new Call(DELEGATE_REPORT_OVERDUE_SIGNATURES, deadline));
        assertThat(managementService().createJobQuery().processInstanceId(publication.getId()).count()).isZero();
    }

    @Test
    void aDraftSentBackIsRevisedAndReviewedAgain() {
        ProcessInstance publication = submitDraft();
        String firstReview = task(publication, TASK_REVIEW_HANDBOOK_DRAFT).getId();

        sendBack(publication, "Section 4 contradicts the refund limits.");

        BpmnAwareTests.assertThat(publication).hasPassed(GATEWAY_DRAFT_APPROVED, TASK_RETURN_DRAFT)
                .hasNotPassed(TASK_PUBLISH_HANDBOOK).isWaitingAtExactly(TASK_REVISE_HANDBOOK_DRAFT);
        BpmnAwareTests.assertThat(publication).variables()
                .containsEntry(VAR_REVIEW_COMMENT, "Section 4 contradicts the refund limits.");
        assertThat(delegatesCalled()).containsExactly(DELEGATE_RETURN_DRAFT);

        complete(task(publication, TASK_REVISE_HANDBOOK_DRAFT));

        BpmnAwareTests.assertThat(publication).isWaitingAtExactly(TASK_REVIEW_HANDBOOK_DRAFT);
        assertThat(task(publication, TASK_REVIEW_HANDBOOK_DRAFT).getId()).isNotEqualTo(firstReview);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(publication.getId())
                .activityId(GATEWAY_READY_FOR_REVIEW).count()).as("submitted, then resubmitted").isEqualTo(2);

        approve(publication, NOW.plus(Duration.ofDays(8)));

        BpmnAwareTests.assertThat(publication).hasPassed(TASK_PUBLISH_HANDBOOK)
                .isWaitingAtExactly(INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(publication.getId())
                .activityId(TASK_REVIEW_HANDBOOK_DRAFT).finished().count()).isEqualTo(2);
        assertThat(delegatesCalled()).containsExactly(DELEGATE_RETURN_DRAFT, DELEGATE_PUBLISH_HANDBOOK);
    }

    @Test
    void theReviewIsOfferedToApproversAndTheRevisionToOwners() {
        ProcessInstance publication = submitDraft();

        Task review = task(publication, TASK_REVIEW_HANDBOOK_DRAFT);
        BpmnAwareTests.assertThat(review).isNotAssigned().hasCandidateGroup(GROUP_APPROVERS);
        assertThat(candidateGroups(review)).containsExactly(GROUP_APPROVERS);

        sendBack(publication, "Please add the new opening hours.");

        Task revision = task(publication, TASK_REVISE_HANDBOOK_DRAFT);
        BpmnAwareTests.assertThat(revision).isNotAssigned().hasCandidateGroup(GROUP_OWNERS);
        assertThat(candidateGroups(revision)).containsExactly(GROUP_OWNERS);
    }

    @Test
    void aVersionEffectiveLaterWaitsUntilThen() {
        ProcessInstance publication = submitDraft();
        Instant effectiveFrom = NOW.plus(Duration.ofDays(10));

        approve(publication, effectiveFrom);

        advanceClockTo(effectiveFrom.minusSeconds(60));
        assertThat(dueTimers(publication)).as("not yet in force").isEmpty();
        BpmnAwareTests.assertThat(publication).isWaitingAtExactly(INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT);
        assertThat(delegatesCalled()).containsExactly(DELEGATE_PUBLISH_HANDBOOK);

        advanceClockTo(effectiveFrom);
        assertThat(dueTimers(publication)).containsExactly(INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT);
        execute(timer(publication, INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT));

        BpmnAwareTests.assertThat(publication).hasPassed(TASK_REQUEST_SIGNATURES)
                .isWaitingAtExactly(INTERMEDIATE_EVENT_SIGNING_REMINDER_DUE);
        assertThat(calls).containsExactly(new Call(DELEGATE_PUBLISH_HANDBOOK, NOW),
                new Call(DELEGATE_REQUEST_SIGNATURES, effectiveFrom));
    }
}
