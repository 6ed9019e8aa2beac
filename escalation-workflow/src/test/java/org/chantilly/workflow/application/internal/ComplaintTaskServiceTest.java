package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.policy.ConfiguredServicePolicy;
import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.FakeOrganisation;
import org.chantilly.workflow.InMemoryHandlingRecords;
import org.chantilly.workflow.ProcessFixture;
import org.chantilly.workflow.api.HandbookNotSignedException;
import org.chantilly.workflow.api.TaskDetail;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskSummary;
import org.chantilly.workflow.api.TierLimits;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Claiming, completing with validated input, giving back, assigning and delegating complaint tasks. */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class ComplaintTaskServiceTest {

    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("complaint-tasks");

    private static final Caller FRIDA = new Caller("frida", Set.of(Roles.FRONTLINE));
    private static final Caller FELIX = new Caller("felix", Set.of(Roles.FRONTLINE));
    private static final Caller STEFAN = new Caller("stefan", Set.of(Roles.SUPERVISOR));
    private static final Caller SOFIA = new Caller("sofia", Set.of(Roles.FRONTLINE));
    private static final Caller MARTA = new Caller("marta", Set.of(Roles.MANAGER));
    private static final Caller HUGO = new Caller("hugo", Set.of(Roles.HEAD_OFFICE));

    ProcessEngine processEngine;

    private final ComplaintTaskService service = new ComplaintTaskService();
    private final InMemoryHandlingRecords records = new InMemoryHandlingRecords();
    private String taskId;
    /** Who has signed the handbook in force. */
    private final Set<String> signed = new HashSet<>(Set.of("frida", "felix", "stefan", "marta", "hugo"));

    @BeforeEach
    void wireTheService() {
        ProcessFixture.mockDelegates();
        ConfiguredServicePolicy policy = new ConfiguredServicePolicy(key -> Optional.empty());
        ResolutionService resolutions = new ResolutionService();
        resolutions.records = records;
        resolutions.audit = audit;
        resolutions.policy = policy;
        resolutions.clock = ProcessFixture.CLOCK;
        FollowUpService followUps = new FollowUpService();
        followUps.records = records;
        followUps.audit = audit;
        followUps.clock = ProcessFixture.CLOCK;
        TaskCompletion completion = new TaskCompletion();
        completion.policy = policy;
        completion.records = records;
        completion.resolutions = resolutions;
        completion.followUps = followUps;
        completion.decisions = processEngine.getDecisionService();
        completion.handbook = (Handbook) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Handbook.class}, (proxy, method, args) -> {
                    if (method.getName().equals("hasSigned")) {
                        return signed.contains((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        completion.repository = processEngine.getRepositoryService();
        completion.clock = ProcessFixture.CLOCK;
        service.tasks = processEngine.getTaskService();
        service.runtime = processEngine.getRuntimeService();
        service.history = processEngine.getHistoryService();
        service.organisation = new FakeOrganisation();
        service.policy = policy;
        service.completion = completion;
        service.records = records;
        service.audit = audit;
        service.notifications = new org.chantilly.platform.testing.RecordingNotifications();
        service.clock = ProcessFixture.CLOCK;
        service.intake = (ComplaintIntake) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComplaintIntake.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> Optional.of(complaint((String) args[0]));
                    case "recordStep" -> steps.add(args[1] + " by " + args[2] + ": " + args[3]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The steps the service recorded in complaints' histories: action by actor: details. */
    private final List<String> steps = new ArrayList<>();

    private static ComplaintView complaint(String reference) {
        return new ComplaintView(reference, ComplaintStatus.RECEIVED, Channel.PHONE, "HAM", ProcessFixture.NOW, "frida",
                new CustomerDetails("Anna", null, "+49 40 1", null, "de", true), CustomerType.UNKNOWN, null,
                ComplaintCategory.OTHER, Severity.MEDIUM, "The kettle leaks.", null, null, ProcessFixture.TIER_DUE_BY,
                null, null, List.of(), List.of());
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    /** The deployment exists only once the test method runs (the extension deploys it then). */
    private void startAPhoneComplaintOfHamburg() {
        ProcessFixture.start(processEngine, "HAM-2026-000001", "HAM", "PHONE");
        taskId = openTask();
    }

    private String openTask() {
        return processEngine.getTaskService().createTaskQuery().singleResult().getId();
    }

    private static TaskInput decision(String decision, String reason) {
        return new TaskInput(decision, null, null, null, null, reason, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static TaskInput resolve(String remedy, String amount) {
        return new TaskInput("RESOLVE", remedy, amount == null ? null : Money.of(amount, "EUR"), true,
                "We refund the kettle today.", null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void theBranchSeesTheTaskAndOtherBranchesDoNot() {
        startAPhoneComplaintOfHamburg();
        assertThat(service.openTasks(FRIDA, TaskFilter.none(), 0, 100).items()).singleElement().satisfies(task -> {
            assertThat(task.complaintReference()).isEqualTo("HAM-2026-000001");
            assertThat(task.kind()).isEqualTo(ComplaintTierProcess.TASK_DECIDE_COMPLAINT);
            assertThat(task.tier()).isEqualTo("FRONTLINE");
            assertThat(task.branchCode()).isEqualTo("HAM");
        });
        assertThat(service.openTasks(STEFAN, TaskFilter.none(), 0, 100).items()).hasSize(1);
        assertThat(service.openTasks(SOFIA, TaskFilter.none(), 0, 100).items()).isEmpty();
        assertThatThrownBy(() -> service.claim(taskId, SOFIA)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void ofTwoClaimsOneWinsAndTheOtherIsAConflict() {
        startAPhoneComplaintOfHamburg();
        service.claim(taskId, FRIDA);
        assertThatThrownBy(() -> service.claim(taskId, FELIX)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.complete(taskId, decision("ESCALATE", "x"), FELIX))
                .isInstanceOf(ConflictException.class);
        assertThat(service.openTasks(FELIX, TaskFilter.none(), 0, 100).items()).extracting(TaskSummary::assignee).containsExactly("frida");
        service.complete(taskId, decision("ESCALATE", "The customer wants to speak to a supervisor."), FRIDA);
        assertThat(service.openTasks(FRIDA, TaskFilter.none(), 0, 100).items()).isEmpty();
        assertThat(service.openTasks(STEFAN, TaskFilter.none(), 0, 100).items()).extracting(TaskSummary::tier).containsExactly("SUPERVISOR");
        assertThat(records.notes).singleElement().satisfies(note -> {
            assertThat(note.outcome()).isEqualTo("ESCALATE");
            assertThat(note.actor()).isEqualTo("frida");
        });
    }

    @Test
    void aSupervisorGivesBackAndAssignsWithinTheBranch() {
        startAPhoneComplaintOfHamburg();
        service.claim(taskId, FRIDA);
        assertThatThrownBy(() -> service.unclaim(taskId, FELIX)).isInstanceOf(ConflictException.class);
        service.unclaim(taskId, STEFAN);
        assertThat(service.openTasks(FRIDA, TaskFilter.none(), 0, 100).items()).extracting(TaskSummary::assignee).containsOnlyNulls();

        service.assign(taskId, "felix", STEFAN);
        assertThat(service.openTasks(FELIX, TaskFilter.none(), 0, 100).items()).extracting(TaskSummary::assignee).containsExactly("felix");
        assertThatThrownBy(() -> service.assign(taskId, "sofia", STEFAN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.assign(taskId, "nobody", STEFAN)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theColleaguesWhoMayWorkATaskAreThoseOfItsGroupsButTheCaller() {
        startAPhoneComplaintOfHamburg();
        assertThat(service.colleaguesFor(taskId, FRIDA)).extracting(StaffInfo::login).containsExactly("felix", "stefan");
        assertThat(service.colleaguesFor(taskId, STEFAN)).extracting(StaffInfo::login).containsExactly("felix", "frida");
        assertThatThrownBy(() -> service.colleaguesFor(taskId, SOFIA)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aDelegatedTaskIsCompletedByTheColleagueWithinTheBranch() {
        startAPhoneComplaintOfHamburg();
        assertThatThrownBy(() -> service.delegate(taskId, "sofia", FRIDA)).isInstanceOf(InvalidInputException.class);
        service.delegate(taskId, "felix", FRIDA);
        var task = processEngine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getOwner()).isEqualTo("frida");
        assertThat(task.getAssignee()).isEqualTo("felix");
        service.complete(taskId, decision("ESCALATE", "Needs a supervisor."), FELIX);
        assertThat(records.notes).extracting(n -> n.actor()).containsExactly("felix");
    }

    @Test
    void aMissingOutcomeOrADecisionTheTierMayNotTakeIsRejectedFieldByField() {
        startAPhoneComplaintOfHamburg();
        assertThatThrownBy(() -> service.complete(taskId, null, FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("decision"));
        assertThatThrownBy(() -> service.complete(taskId, decision("HAND_BACK", "down"), FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("decision"));
        assertThatThrownBy(() -> service.complete(taskId, decision("ESCALATE", " "), FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
        assertThatThrownBy(() -> service.complete(taskId, decision("RESOLVE", null), FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("remedy", "saidToCustomer", "amount"));
        assertThatThrownBy(() -> service.complete(taskId, new TaskInput("RESOLVE", "REFUND", Money.of("10", "SEK"), true,
                "x", null, null, null, null, null, null, null, null, null, null, null, null), FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("amount"));
        assertThatThrownBy(() -> service.complete(taskId, resolve("APOLOGY", "5.00"), FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("amount"));
        assertThatThrownBy(() -> service.complete(taskId, resolve("REFUND", "10.005"), FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("amount"));
        assertThatThrownBy(() -> service.complete(taskId, resolve("REFUND", "-1"), FRIDA))
                .satisfies(e -> assertThat(fields(e)).containsExactly("amount"));
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(records.resolutions).isEmpty();
    }

    @Test
    void aRefundWithinTheFrontlineLimitIsProposedWithTheHandbooksLimitsForTheDecisionTable() {
        startAPhoneComplaintOfHamburg();
        service.complete(taskId, resolve("REFUND", "40.00"), FRIDA);
        assertThat(records.resolutions).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualByComparingTo(new BigDecimal("40.00"));
            assertThat(r.proposedBy()).isEqualTo("frida");
        });
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(ComplaintTierProcess.VAR_EMPOWERMENT_DECISION).singleResult().getValue())
                .isEqualTo("WITHIN_LIMIT");
        assertThat(processEngine.getTaskService().createTaskQuery().singleResult().getTaskDefinitionKey())
                .isEqualTo(ComplaintHandlingProcess.TASK_CALL_CUSTOMER_WITH_OUTCOME);
    }

    @Test
    void aSupervisorWorkingAFrontlineTaskSeesTheFrontlinesLimitsOnTheTaskAndTheirOwnBeside() {
        startAPhoneComplaintOfHamburg();
        TaskDetail detail = service.detail(taskId, STEFAN);
        assertThat(detail.tier()).isEqualTo("FRONTLINE");
        assertThat(detail.limits().get("REFUND").amount()).isEqualByComparingTo("200");
        assertThat(detail.limits()).doesNotContainKey("OTHER");
        assertThat(detail.limits().get("APOLOGY").amount()).isZero();
        assertThat(detail.receiptRequiredFor()).containsExactly("REFUND");

        TierLimits own = service.limitsOf(STEFAN).orElseThrow();
        assertThat(own.tier()).isEqualTo("SUPERVISOR");
        assertThat(own.limits().get("REFUND").amount()).isEqualByComparingTo("1000");
        assertThat(own.limits()).containsKey("OTHER");
        assertThat(own.receiptRequiredFor()).isEmpty();
        assertThat(own.currency()).isEqualTo("EUR");
        assertThat(List.copyOf(own.limits().keySet())).as("in the order of the remedies")
                .containsExactly("REPLACEMENT", "REFUND", "DISCOUNT", "STORE_CREDIT", "FREE_GOODS", "APOLOGY", "OTHER");
        assertThat(service.limitsOf(FRIDA).orElseThrow().tier()).isEqualTo("FRONTLINE");
        assertThat(service.limitsOf(MARTA).orElseThrow().tier()).isEqualTo("MANAGEMENT");
        assertThat(service.limitsOf(HUGO).orElseThrow().tier()).isEqualTo("HEAD_OFFICE");
        assertThat(service.limitsOf(new Caller("ada", Set.of(Roles.AUDITOR)))).isEmpty();
    }

    @Test
    void aFrontlineEmployeeWhoHasNotSignedTheHandbookInForceCannotResolveOnTheSpot() {
        startAPhoneComplaintOfHamburg();
        signed.remove("frida");
        service.complete(taskId, resolve("REFUND", "40.00"), FRIDA);
        assertThat(service.openTasks(STEFAN, TaskFilter.none(), 0, 100).items()).extracting(TaskSummary::tier).containsExactly("SUPERVISOR");
        assertThat(records.notes).singleElement()
                .satisfies(note -> assertThat(note.outcome()).endsWith("escalated, HANDBOOK_NOT_SIGNED"));
        assertThat(records.resolutions).singleElement().satisfies(r -> {
            assertThat(r.status().name()).isEqualTo("PROPOSED");
            assertThat(r.policyApplied()).contains("handbook signed false");
        });
    }

    @Test
    void aSupervisorWhoHasNotSignedTheHandbookInForceDecidesNothingAndIsToldWhichVersionToSign() {
        startAPhoneComplaintOfHamburg();
        service.complete(taskId, decision("ESCALATE", "The customer asks for the supervisor."), FRIDA);
        String supervisors = openTask();
        signed.remove("stefan");
        assertThatThrownBy(() -> service.complete(supervisors, resolve("REFUND", "40.00"), STEFAN))
                .isInstanceOfSatisfying(HandbookNotSignedException.class, refused -> {
                    assertThat(refused.type().status()).isEqualTo(409);
                    assertThat(refused.version()).isEqualTo(1);
                    assertThat(refused.getMessage()).contains("Sign handbook version 1");
                });
        assertThatThrownBy(() -> service.complete(supervisors, decision("ESCALATE", "up"), STEFAN))
                .isInstanceOf(HandbookNotSignedException.class);
        assertThat(records.resolutions).isEmpty();
        assertThat(openTask()).isEqualTo(supervisors);
    }

    @Test
    void theSupervisorSeesWhatTheFrontlineProposedAndWhyItCameUp() {
        startAPhoneComplaintOfHamburg();
        service.complete(taskId, resolve("REFUND", "500.00"), FRIDA);
        String supervisors = openTask();

        TaskDetail detail = service.detail(supervisors, STEFAN);

        assertThat(detail.tier()).isEqualTo("SUPERVISOR");
        assertThat(detail.earlierDecisions()).singleElement().satisfies(earlier -> {
            assertThat(earlier.tier()).isEqualTo("FRONTLINE");
            assertThat(earlier.by()).isEqualTo("frida");
            assertThat(earlier.outcome()).startsWith("RESOLVE REFUND 500.00 EUR").contains("escalated");
            assertThat(earlier.reason()).isEqualTo("We refund the kettle today.");
            assertThat(earlier.at()).isEqualTo(ProcessFixture.NOW);
        });
    }

    @Test
    void aHandBackIsInTheComplaintsHistory() {
        startAPhoneComplaintOfHamburg();
        service.complete(taskId, decision("ESCALATE", "Needs the supervisor."), FRIDA);
        service.complete(openTask(), decision("HAND_BACK", "The frontline can offer the repair."), STEFAN);
        assertThat(steps).containsExactly("HANDED_BACK by stefan: from SUPERVISOR: The frontline can offer the repair.");
        assertThat(service.openTasks(FRIDA, TaskFilter.none(), 0, 100).items()).extracting(TaskSummary::tier).containsExactly("FRONTLINE");
    }

    @Test
    void aRemindedTaskComesFirstAndShowsItsPriority() {
        startAPhoneComplaintOfHamburg();
        ProcessFixture.start(processEngine, "HAM-2026-000002", "HAM", "PHONE");
        String reminded = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey("HAM-2026-000002")
                .singleResult().getId();
        processEngine.getTaskService().setPriority(reminded, TierClockService.REMINDED_PRIORITY);
        assertThat(service.openTasks(STEFAN, TaskFilter.none(), 0, 100).items())
                .extracting(TaskSummary::id, TaskSummary::priority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reminded, TierClockService.REMINDED_PRIORITY),
                        org.assertj.core.groups.Tuple.tuple(taskId, 50));
    }

    @Test
    void headOfficeCannotGrantBeyondItsAuthorityAndEscalatesNothing() {
        startAPhoneComplaintOfHamburg();
        service.complete(taskId, decision("ESCALATE", "up"), FRIDA);
        service.complete(openTask(), decision("ESCALATE", "up"), STEFAN);
        assertThat(service.openTasks(MARTA, new TaskFilter(null, "MANAGEMENT", null, null, null), 0, 100).items()).hasSize(1);
        service.complete(openTask(), decision("ESCALATE", "up"), MARTA);
        String headOffice = openTask();
        assertThatThrownBy(() -> service.complete(headOffice, decision("ESCALATE", "up"), HUGO))
                .satisfies(e -> assertThat(fields(e)).containsExactly("decision"));
        assertThatThrownBy(() -> service.complete(headOffice, resolve("REFUND", "60000"), HUGO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 field")
                .satisfies(e -> assertThat(fields(e)).containsExactly("remedy"));
        service.complete(headOffice, resolve("REFUND", "600"), HUGO);
        assertThat(records.resolutions).extracting(r -> r.tier().name()).containsExactly("HEAD_OFFICE");
    }

    @Test
    void theListIsFilteredByTierBranchAndBreach() {
        startAPhoneComplaintOfHamburg();
        assertThat(service.openTasks(STEFAN, new TaskFilter("HAM", "FRONTLINE", null, null, null), 0, 100).items()).hasSize(1);
        assertThat(service.openTasks(STEFAN, new TaskFilter("STO", null, null, null, null), 0, 100).items()).isEmpty();
        assertThat(service.openTasks(STEFAN, new TaskFilter(null, "SUPERVISOR", null, null, null), 0, 100).items()).isEmpty();
        assertThat(service.openTasks(STEFAN, new TaskFilter(null, null, null, true, null), 0, 100).items()).isEmpty();
        assertThat(service.openTasks(STEFAN, new TaskFilter(null, null, null, false, null), 0, 100).items()).hasSize(1);
        assertThat(service.openTasks(STEFAN, new TaskFilter(null, null, ProcessFixture.TIER_DUE_BY.plusSeconds(1), null,
                null), 0, 100).items()).hasSize(1);
        service.clock = Clock.fixed(ProcessFixture.TIER_DUE_BY.plusSeconds(60), ZoneOffset.UTC);
        assertThat(service.openTasks(STEFAN, new TaskFilter(null, null, null, true, null), 0, 100).items())
                .singleElement().satisfies(task -> assertThat(task.breached()).isTrue());
        // one complaint's tasks (its tier's process carries its reference), one kind of task
        assertThat(service.openTasks(STEFAN, TaskFilter.ofComplaint("HAM-2026-000001"), 0, 100).items())
                .singleElement().satisfies(task -> assertThat(task.complaintReference()).isEqualTo("HAM-2026-000001"));
        assertThat(service.openTasks(STEFAN, TaskFilter.ofComplaint("HAM-2026-000002"), 0, 100).total()).isZero();
        assertThat(service.openTasks(STEFAN, TaskFilter.ofKind(ComplaintTierProcess.TASK_DECIDE_COMPLAINT), 0, 100)
                .total()).isEqualTo(1);
        assertThat(service.openTasks(STEFAN, TaskFilter.ofKind("Task_ReviewHandbookDraft"), 0, 100).total()).isZero();
    }

}
