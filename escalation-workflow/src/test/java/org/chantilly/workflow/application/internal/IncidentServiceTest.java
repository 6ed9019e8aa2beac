package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.api.IncidentView;
import org.chantilly.workflow.ProcessFixture;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An acknowledgement that fails on every retry becomes an incident that an administrator retries. */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class IncidentServiceTest {

    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("complaint-incidents");

    ProcessEngine processEngine;

    private final IncidentService service = new IncidentService();
    private final AtomicBoolean mailServerDown = new AtomicBoolean(true);

    @BeforeEach
    void wire() {
        service.runtime = processEngine.getRuntimeService();
        service.management = processEngine.getManagementService();
        service.audit = audit;
        ProcessFixture.mockDelegates();
        Mocks.register(ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT, (JavaDelegate) execution -> {
            if (mailServerDown.get()) {
                throw new IllegalStateException("mail server down");
            }
        });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void aStepThatKeepsFailingBecomesAnIncidentThatCanBeRetried() {
        ProcessFixture.start(processEngine, "HAM-2026-000009", "HAM", "PHONE");
        Job job = processEngine.getManagementService().createJobQuery().messages().singleResult();
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                processEngine.getManagementService().executeJob(job.getId());
            } catch (IllegalStateException expected) {
                // the engine counts the retry down
            }
        }

        assertThat(service.open()).singleElement().satisfies(incident -> {
            assertThat(incident.activityId()).isEqualTo(ComplaintHandlingProcess.TASK_SEND_ACKNOWLEDGEMENT);
            assertThat(incident.complaintReference()).isEqualTo("HAM-2026-000009");
            assertThat(incident.message()).contains("mail server down");
        });

        mailServerDown.set(false);
        service.retry(service.open().get(0).id(), "admin");
        assertThat(service.open()).isEmpty();
        processEngine.getManagementService().executeJob(job.getId());
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(ComplaintHandlingProcess.END_EVENT_CUSTOMER_ACKNOWLEDGED).count()).isEqualTo(1);
    }

    @Test
    void anUnknownIncidentCannotBeRetried() {
        assertThatThrownBy(() -> service.retry("nope", "admin")).isInstanceOf(ResourceNotFoundException.class);
        assertThat(service.open()).extracting(IncidentView::id).isEmpty();
    }
}
