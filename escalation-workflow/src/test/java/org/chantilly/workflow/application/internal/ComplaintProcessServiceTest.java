package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A complaint's process as a diagram viewer reads it, on an in-memory engine. */
@Deployment(resources = ComplaintHandlingProcess.RESOURCE)
class ComplaintProcessServiceTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("complaint-processes");

    ProcessEngine processEngine;

    private final ComplaintProcessService service = new ComplaintProcessService();

    @BeforeEach
    void wire() {
        service.history = processEngine.getHistoryService();
        service.repository = processEngine.getRepositoryService();
        service.runtime = processEngine.getRuntimeService();
        Mocks.register(ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT, (JavaDelegate) execution -> { });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void showsTheModelThePathTakenAndWhereTheComplaintWaits() {
        var instance = processEngine.getRuntimeService().startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY,
                "HAM-2026-000007", Map.of(ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM",
                        ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, "2026-11-27T19:00:00Z",
                        ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, "HAM-2026-000007"));
        processEngine.getTaskService().complete(processEngine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId()).singleResult().getId());

        ProcessView view = service.processOf("HAM-2026-000007").orElseThrow();

        assertThat(view.processDefinitionKey()).isEqualTo(ComplaintHandlingProcess.PROCESS_KEY);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.bpmnXml()).contains("bpmndi:BPMNDiagram", ComplaintHandlingProcess.TASK_RESOLVE_COMPLAINT);
        assertThat(view.completedActivityIds()).containsSubsequence(
                ComplaintHandlingProcess.START_EVENT_COMPLAINT_RECEIVED, ComplaintHandlingProcess.TASK_RESOLVE_COMPLAINT,
                ComplaintHandlingProcess.END_EVENT_COMPLAINT_HANDLED);
        assertThat(view.activeActivityIds()).containsExactly(ComplaintHandlingProcess.TASK_SEND_ACKNOWLEDGEMENT);
        assertThat(view.ended()).isFalse();

        processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).singleResult().getId());
        ProcessView done = service.processOf("HAM-2026-000007").orElseThrow();
        assertThat(done.ended()).isTrue();
        assertThat(done.activeActivityIds()).isEmpty();
        assertThat(done.completedActivityIds()).contains(ComplaintHandlingProcess.END_EVENT_CUSTOMER_ACKNOWLEDGED);
    }

    @Test
    void theTimelineSaysWhoWorkedEachStepAndWhetherItsDeadlineHeld() {
        var instance = processEngine.getRuntimeService().startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY,
                "HAM-2026-000008", Map.of(ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM",
                        ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, "HAM-2026-000008",
                        ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY,
                        java.util.Date.from(java.time.Instant.parse("2026-11-27T19:00:00Z"))));
        String task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .singleResult().getId();

        service.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-28T08:00:00Z"), java.time.ZoneOffset.UTC);
        var running = service.timelineOf("HAM-2026-000008").orElseThrow();
        assertThat(running).filteredOn(e -> e.activityId().equals(ComplaintHandlingProcess.TASK_RESOLVE_COMPLAINT))
                .singleElement().satisfies(e -> {
                    assertThat(e.ended()).isNull();
                    assertThat(e.due()).isEqualTo(java.time.Instant.parse("2026-11-27T19:00:00Z"));
                    assertThat(e.breached()).isTrue();
                });

        processEngine.getTaskService().claim(task, "frida");
        processEngine.getTaskService().complete(task);
        var done = service.timelineOf("HAM-2026-000008").orElseThrow();
        assertThat(done).filteredOn(e -> e.activityId().equals(ComplaintHandlingProcess.TASK_RESOLVE_COMPLAINT))
                .singleElement().satisfies(e -> {
                    assertThat(e.assignee()).isEqualTo("frida");
                    assertThat(e.ended()).isNotNull();
                    assertThat(e.activityName()).isEqualTo("Resolve complaint");
                });
        assertThat(done).first().satisfies(e -> assertThat(e.activityId())
                .isEqualTo(ComplaintHandlingProcess.START_EVENT_COMPLAINT_RECEIVED));
    }

    @Test
    void aComplaintWithoutAProcessHasNone() {
        assertThat(service.processOf("HAM-2026-999999")).isEmpty();
        assertThat(service.timelineOf("HAM-2026-999999")).isEmpty();
    }
}
