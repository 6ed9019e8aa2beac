package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.InMemoryHandlingRecords;
import org.chantilly.workflow.ProcessFixture;
import org.chantilly.workflow.api.ProcessAction;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.StepNote;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A complaint's process as a diagram viewer and an auditor read it, and the events that drive it. */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class ComplaintProcessServiceTest {

    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("complaint-processes");

    private static final Caller STEFAN = new Caller("stefan", Set.of(Roles.SUPERVISOR));
    private static final Caller MARTA = new Caller("marta", Set.of(Roles.MANAGER));

    ProcessEngine processEngine;

    private final ComplaintProcessService service = new ComplaintProcessService();
    private final InMemoryHandlingRecords records = new InMemoryHandlingRecords();

    @BeforeEach
    void wire() {
        ProcessFixture.mockDelegates();
        service.history = processEngine.getHistoryService();
        service.repository = processEngine.getRepositoryService();
        service.runtime = processEngine.getRuntimeService();
        service.records = records;
        service.audit = audit;
        service.clock = ProcessFixture.CLOCK;
        service.intake = (ComplaintIntake) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComplaintIntake.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "recordStep" -> steps.add(args[0] + " " + args[1] + " by " + args[2] + ": " + args[3]);
                    case "advance" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The steps the service recorded in complaints' histories: reference action by actor: details. */
    private final List<String> steps = new ArrayList<>();

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private String decisionTask() {
        return processEngine.getTaskService().createTaskQuery()
                .taskDefinitionKey(ComplaintTierProcess.TASK_DECIDE_COMPLAINT).singleResult().getId();
    }

    @Test
    void showsTheModelThePathTakenAndWhereTheComplaintWaits() {
        var instance = ProcessFixture.start(processEngine, "HAM-2026-000007", "HAM", "PHONE");

        ProcessView view = service.processOf("HAM-2026-000007").orElseThrow();

        assertThat(view.processDefinitionKey()).isEqualTo(ComplaintHandlingProcess.PROCESS_KEY);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.bpmnXml()).contains("bpmndi:BPMNDiagram", ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER);
        assertThat(view.completedActivityIds()).contains(ComplaintHandlingProcess.START_EVENT_COMPLAINT_RECEIVED);
        assertThat(view.activeActivityIds()).containsExactly(ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER,
                ComplaintHandlingProcess.TASK_SEND_ACKNOWLEDGEMENT);
        assertThat(view.ended()).isFalse();

        processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).singleResult().getId());
        assertThat(service.processOf("HAM-2026-000007").orElseThrow().completedActivityIds())
                .contains(ComplaintHandlingProcess.END_EVENT_CUSTOMER_ACKNOWLEDGED);
    }

    @Test
    void eachTierTheComplaintReachedHasItsOwnModelAndPath() {
        var instance = ProcessFixture.start(processEngine, "HAM-2026-000017", "HAM", "PHONE");
        ProcessFixture.start(processEngine, "HAM-2026-000018", "HAM", "PHONE");
        String task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey("HAM-2026-000017")
                .taskDefinitionKey(ComplaintTierProcess.TASK_DECIDE_COMPLAINT).singleResult().getId();
        // a minute later: steps of one instant have no order between the processes they ran in
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(ProcessFixture.NOW.plusSeconds(60)));
        processEngine.getTaskService().complete(task, Map.of(ComplaintTierProcess.VAR_TIER_DECISION, "ESCALATE"));

        ProcessView main = service.processOf("HAM-2026-000017").orElseThrow();
        assertThat(main.processInstanceId()).isEqualTo(instance.getId());
        assertThat(main.tier()).isNull();
        assertThat(main.calledProcesses()).extracting(c -> c.activityId() + "/" + c.tier() + "/" + (c.ended() != null))
                .containsExactly(ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER + "/FRONTLINE/true",
                        ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER + "/SUPERVISOR/false");
        assertThat(main.path()).filteredOn(step -> step.calledProcessInstanceId() != null)
                .extracting(ProcessView.Step::activityId).containsExactly(
                        ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER,
                        ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER);

        ProcessView.CalledProcess supervisor = main.calledProcesses().get(1);
        ProcessView tier = service.processOf("HAM-2026-000017", supervisor.processInstanceId()).orElseThrow();
        assertThat(tier.processDefinitionKey()).isEqualTo(ComplaintTierProcess.PROCESS_KEY);
        assertThat(tier.bpmnXml()).contains(ComplaintTierProcess.TASK_DECIDE_COMPLAINT);
        assertThat(tier.tier()).isEqualTo("SUPERVISOR");
        assertThat(tier.calledFrom()).isEqualTo(ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER);
        assertThat(tier.activeActivityIds()).contains(ComplaintTierProcess.TASK_DECIDE_COMPLAINT);
        assertThat(tier.path()).last().satisfies(step -> assertThat(step.ended()).isNull());
        assertThat(tier.calledProcesses()).isEmpty();

        // the main process by its id too; another complaint's process, or none, is not this complaint's
        assertThat(service.processOf("HAM-2026-000017", instance.getId())).isPresent();
        String other = service.processOf("HAM-2026-000018").orElseThrow().processInstanceId();
        assertThat(service.processOf("HAM-2026-000017", other)).isEmpty();
        assertThat(service.processOf("HAM-2026-000017", "no-such-instance")).isEmpty();
    }

    @Test
    void theTimelineSaysWhoWorkedEachStepAtWhichTierWithWhatOutcomeAndWhetherItsDeadlineHeld() {
        ProcessFixture.start(processEngine, "HAM-2026-000008", "HAM", "PHONE");
        String task = decisionTask();

        service.clock = Clock.fixed(ProcessFixture.TIER_DUE_BY.plusSeconds(3600), ZoneOffset.UTC);
        assertThat(service.timelineOf("HAM-2026-000008").orElseThrow())
                .filteredOn(e -> e.activityId().equals(ComplaintTierProcess.TASK_DECIDE_COMPLAINT))
                .singleElement().satisfies(e -> {
                    assertThat(e.ended()).isNull();
                    assertThat(e.due()).isEqualTo(ProcessFixture.TIER_DUE_BY);
                    assertThat(e.breached()).isTrue();
                    assertThat(e.tier()).isEqualTo("FRONTLINE");
                });

        processEngine.getTaskService().claim(task, "frida");
        records.add(new StepNote("HAM-2026-000008", task, ComplaintTierProcess.TASK_DECIDE_COMPLAINT, "ESCALATE",
                "Customer asked for the manager.", "frida", Instant.now()));
        processEngine.getTaskService().complete(task, Map.of(ComplaintTierProcess.VAR_TIER_DECISION, "ESCALATE"));
        var done = service.timelineOf("HAM-2026-000008").orElseThrow();
        assertThat(done).filteredOn(e -> e.activityId().equals(ComplaintTierProcess.TASK_DECIDE_COMPLAINT))
                .extracting(e -> e.tier() + "/" + e.assignee() + "/" + e.outcome())
                .containsExactly("FRONTLINE/frida/ESCALATE", "SUPERVISOR/null/null");
        assertThat(done).first().satisfies(e -> assertThat(e.activityId())
                .isEqualTo(ComplaintHandlingProcess.START_EVENT_COMPLAINT_RECEIVED));
    }

    @Test
    void aSupervisorPullsUpFromTheFrontlineAndManagementFromTheSupervisorButNotFromElsewhere() {
        ProcessFixture.start(processEngine, "HAM-2026-000010", "HAM", "PHONE");
        assertThatThrownBy(() -> service.pullUp("HAM-2026-000010", "mine", MARTA)).isInstanceOf(ConflictException.class);
        service.pullUp("HAM-2026-000010", "A regular customer; I take it.", STEFAN);
        assertThat(processEngine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey("HAM-2026-000010")
                .activityId(ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER).count()).isEqualTo(1);
        assertThatThrownBy(() -> service.pullUp("HAM-2026-000010", "again", STEFAN)).isInstanceOf(ConflictException.class);
        service.pullUp("HAM-2026-000010", "Press enquiry.", MARTA);
        assertThat(processEngine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey("HAM-2026-000010")
                .activityId(ComplaintHandlingProcess.CALL_ACTIVITY_MANAGEMENT_TIER).count()).isEqualTo(1);
        assertThat(records.notes).extracting(StepNote::outcome, StepNote::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PULLED_UP", "stefan"),
                        org.assertj.core.groups.Tuple.tuple("PULLED_UP", "marta"));
    }

    @Test
    void theActionsOfferedAreThoseTheProcessWaitsForAndTheCallersRoleMayTake() {
        ProcessFixture.start(processEngine, "HAM-2026-000012", "HAM", "PHONE");
        Caller frida = new Caller("frida", Set.of(Roles.FRONTLINE));
        Caller auditor = new Caller("aurelia", Set.of(Roles.AUDITOR));
        assertThat(service.actionsOf("HAM-2026-000012", STEFAN)).containsExactly(ProcessAction.PULL_UP);
        assertThat(service.actionsOf("HAM-2026-000012", MARTA)).isEmpty();
        assertThat(service.actionsOf("HAM-2026-000012", frida)).isEmpty();

        processEngine.getTaskService().complete(decisionTask(), Map.of(ComplaintTierProcess.VAR_TIER_DECISION,
                "WAIT_FOR_CUSTOMER"));
        assertThat(service.actionsOf("HAM-2026-000012", frida)).containsExactly(ProcessAction.CUSTOMER_REPLY);
        assertThat(service.actionsOf("HAM-2026-000012", STEFAN))
                .containsExactlyInAnyOrder(ProcessAction.PULL_UP, ProcessAction.CUSTOMER_REPLY);
        assertThat(service.actionsOf("HAM-2026-000012", auditor)).isEmpty();
        assertThat(service.actionsOf("HAM-2026-999999", STEFAN)).isEmpty();

        service.pullUp("HAM-2026-000012", "The customer asked for the supervisor.", STEFAN);
        assertThat(service.actionsOf("HAM-2026-000012", MARTA)).containsExactly(ProcessAction.PULL_UP);
        assertThat(service.actionsOf("HAM-2026-000012", STEFAN)).isEmpty();
    }

    @Test
    void aPullUpAndACustomersReplyAreInTheComplaintsHistory() {
        ProcessFixture.start(processEngine, "HAM-2026-000013", "HAM", "PHONE");
        service.pullUp("HAM-2026-000013", "A regular customer; I take it.", STEFAN);
        processEngine.getTaskService().complete(decisionTask(), Map.of(ComplaintTierProcess.VAR_TIER_DECISION,
                "WAIT_FOR_CUSTOMER"));
        service.customerReplied("HAM-2026-000013", "x".repeat(1200), STEFAN);

        assertThat(steps).hasSize(2);
        assertThat(steps.get(0)).isEqualTo("HAM-2026-000013 PULLED_UP by stefan: from FRONTLINE: A regular customer; I take it.");
        assertThat(steps.get(1)).startsWith("HAM-2026-000013 CUSTOMER_REPLIED by stefan: xxx")
                .hasSize("HAM-2026-000013 CUSTOMER_REPLIED by stefan: ".length() + ComplaintProcessService.HISTORY_DETAILS);
    }

    @Test
    void aCustomerReplyOrAnswerThatNobodyWaitsForIsAConflict() {
        ProcessFixture.start(processEngine, "HAM-2026-000011", "HAM", "PHONE");
        assertThatThrownBy(() -> service.customerReplied("HAM-2026-000011", "called back", STEFAN))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.recordAnswer("HAM-2026-000011", true, STEFAN))
                .isInstanceOf(ConflictException.class);
        processEngine.getTaskService().complete(decisionTask(), Map.of(ComplaintTierProcess.VAR_TIER_DECISION,
                "WAIT_FOR_CUSTOMER"));
        service.customerReplied("HAM-2026-000011", "The customer sent the receipt.", STEFAN);
        processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
                .activityId(ComplaintTierProcess.INTERMEDIATE_EVENT_CUSTOMER_REPLIED).singleResult().getId());
        assertThat(processEngine.getTaskService().createTaskQuery()
                .taskDefinitionKey(ComplaintTierProcess.TASK_DECIDE_COMPLAINT).count()).isEqualTo(1);
    }

    @Test
    void aComplaintWithoutAProcessHasNone() {
        assertThat(service.processOf("HAM-2026-999999")).isEmpty();
        assertThat(service.timelineOf("HAM-2026-999999")).isEmpty();
    }
}
