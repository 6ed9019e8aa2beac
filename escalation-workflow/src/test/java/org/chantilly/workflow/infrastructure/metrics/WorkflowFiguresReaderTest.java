package org.chantilly.workflow.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.InMemoryHandlingRecords;
import org.chantilly.workflow.ProcessFixture;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine's figures: an acknowledgement due is backlog; once its retries are used up, a failed job and an incident. */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class WorkflowFiguresReaderTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("workflow-figures");

    ProcessEngine processEngine;

    private final WorkflowFiguresReader reader = new WorkflowFiguresReader();

    @BeforeEach
    void wire() {
        reader.records = new InMemoryHandlingRecords();
        reader.management = processEngine.getManagementService();
        reader.runtime = processEngine.getRuntimeService();
        reader.clock = ProcessFixture.CLOCK;
        ProcessFixture.mockDelegates();
        Mocks.register(ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT, (JavaDelegate) execution -> {
            throw new IllegalStateException("mail server down");
        });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void countsTheJobsDueAndThoseThatFailedForGoodWithTheirIncidents() {
        ProcessFixture.start(processEngine, "HAM-2026-000011", "HAM", "PHONE");
        WorkflowFigures before = reader.read();
        assertThat(before.dueJobs()).isPositive();
        assertThat(before.failedJobs()).isZero();
        assertThat(before.openIncidents()).isZero();

        Job acknowledgement = processEngine.getManagementService().createJobQuery().messages().singleResult();
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                processEngine.getManagementService().executeJob(acknowledgement.getId());
            } catch (IllegalStateException expected) {
                // the engine counts the retry down
            }
        }

        WorkflowFigures after = reader.read();
        assertThat(after.dueJobs()).isEqualTo(before.dueJobs() - 1);
        assertThat(after.failedJobs()).isEqualTo(1);
        assertThat(after.openIncidents()).isEqualTo(1);
    }
}
