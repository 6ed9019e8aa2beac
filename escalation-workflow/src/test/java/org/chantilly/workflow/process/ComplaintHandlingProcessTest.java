package org.chantilly.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.END_EVENT_COMPLAINT_HANDLED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.PROCESS_KEY;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.START_EVENT_COMPLAINT_RECEIVED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_RESOLVE_COMPLAINT;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.chantilly.workflow.domain.CandidateGroups;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of ComplaintHandlingProcess on an in-memory engine (job executor off); the class must cover every
 * flow node and sequence flow of the model.
 */
@Deployment(resources = ComplaintHandlingProcess.RESOURCE)
class ComplaintHandlingProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(inMemoryEngine())
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    private static ProcessEngineConfiguration inMemoryEngine() {
        ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:complaint-handling-process;DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(true);
        return configuration;
    }

    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    private static ProcessInstance startFor(String reference) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, reference, Map.of(
                ComplaintHandlingProcess.VAR_COMPLAINT_ID, 1L,
                ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, reference,
                ComplaintHandlingProcess.VAR_CHANNEL, "IN_PERSON",
                ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM"));
    }

    @Test
    void aReceivedComplaintWaitsForTheBranchFrontline() {
        ProcessInstance instance = startFor("HAM-2026-000001");

        BpmnAwareTests.assertThat(instance).isStarted().isWaitingAtExactly(TASK_RESOLVE_COMPLAINT);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(CandidateGroups.FRONTLINE).isNotAssigned();
        BpmnAwareTests.assertThat(instance).hasBusinessKey("HAM-2026-000001");
    }

    @Test
    void theComplaintIsHandledWhenTheFrontlineResolvesIt() {
        ProcessInstance instance = startFor("HAM-2026-000002");

        complete(task(instance));

        BpmnAwareTests.assertThat(instance)
                .hasPassedInOrder(START_EVENT_COMPLAINT_RECEIVED, TASK_RESOLVE_COMPLAINT, END_EVENT_COMPLAINT_HANDLED)
                .isEnded();
    }

    @Test
    void theModelKeepsItsHistoryForAuditors() {
        Integer timeToLive = repositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getHistoryTimeToLive();
        assertThat(timeToLive).isEqualTo(3650);
    }
}
