package org.chantilly.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.END_EVENT_COMPLAINT_HANDLED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.END_EVENT_CUSTOMER_ACKNOWLEDGED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.GATEWAY_ACKNOWLEDGE_AND_RESOLVE;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.PROCESS_KEY;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.START_EVENT_COMPLAINT_RECEIVED;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_RESOLVE_COMPLAINT;
import static org.chantilly.workflow.domain.ComplaintHandlingProcess.TASK_SEND_ACKNOWLEDGEMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.chantilly.workflow.domain.CandidateGroups;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of ComplaintHandlingProcess on an in-memory engine (job executor off, delegates mocked); the class must
 * cover every flow node and sequence flow of the model.
 */
@Deployment(resources = ComplaintHandlingProcess.RESOURCE)
class ComplaintHandlingProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(inMemoryEngine())
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    private final List<String> acknowledged = new ArrayList<>();

    private static ProcessEngineConfiguration inMemoryEngine() {
        ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:complaint-handling-process;DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration;
    }

    @BeforeEach
    void bindAssertionsAndMocks() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(DELEGATE_SEND_ACKNOWLEDGEMENT, (JavaDelegate) execution ->
                acknowledged.add((String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE)));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private static ProcessInstance startFor(String reference) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, reference, Map.of(
                ComplaintHandlingProcess.VAR_COMPLAINT_ID, 1L,
                ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, reference,
                ComplaintHandlingProcess.VAR_CHANNEL, "EMAIL",
                ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM",
                ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, "2026-11-27T19:00:00Z"));
    }

    @Test
    void aReceivedComplaintIsAcknowledgedAndWaitsForItsBranchesFrontline() {
        ProcessInstance instance = startFor("HAM-2026-000001");

        BpmnAwareTests.assertThat(instance).isStarted()
                .hasPassed(START_EVENT_COMPLAINT_RECEIVED, GATEWAY_ACKNOWLEDGE_AND_RESOLVE)
                .isWaitingAtExactly(TASK_SEND_ACKNOWLEDGEMENT, TASK_RESOLVE_COMPLAINT);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(CandidateGroups.frontlineOf("HAM")).isNotAssigned()
                .hasDueDate(java.util.Date.from(java.time.Instant.parse("2026-11-27T19:00:00Z")));
        BpmnAwareTests.assertThat(instance).hasBusinessKey("HAM-2026-000001");
    }

    @Test
    void theAcknowledgementIsSentAsAJobOfItsOwn() {
        ProcessInstance instance = startFor("HAM-2026-000002");

        execute(job(TASK_SEND_ACKNOWLEDGEMENT, instance));

        assertThat(acknowledged).containsExactly("HAM-2026-000002");
        BpmnAwareTests.assertThat(instance).hasPassed(TASK_SEND_ACKNOWLEDGEMENT, END_EVENT_CUSTOMER_ACKNOWLEDGED)
                .isWaitingAtExactly(TASK_RESOLVE_COMPLAINT);
    }

    @Test
    void aFailedAcknowledgementIsRetriedWithoutHoldingUpTheFrontline() {
        Mocks.register(DELEGATE_SEND_ACKNOWLEDGEMENT, (JavaDelegate) execution -> {
            throw new IllegalStateException("mail server down");
        });
        ProcessInstance instance = startFor("HAM-2026-000003");
        Job job = job(TASK_SEND_ACKNOWLEDGEMENT, instance);

        assertThatThrownBy(() -> execute(job)).hasMessageContaining("mail server down");

        Job retried = managementService().createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(5);
        assertThat(retried.getExceptionMessage()).contains("mail server down");
        assertThat(retried.getDuedate()).isNotNull();
        complete(task(instance));
        BpmnAwareTests.assertThat(instance).hasPassed(END_EVENT_COMPLAINT_HANDLED).isWaitingAtExactly(TASK_SEND_ACKNOWLEDGEMENT);
    }

    @Test
    void theComplaintIsHandledWhenBothPathsEnd() {
        ProcessInstance instance = startFor("HAM-2026-000004");

        complete(task(instance));
        execute(job(TASK_SEND_ACKNOWLEDGEMENT, instance));

        BpmnAwareTests.assertThat(instance)
                .hasPassedInOrder(START_EVENT_COMPLAINT_RECEIVED, TASK_RESOLVE_COMPLAINT, END_EVENT_COMPLAINT_HANDLED)
                .hasPassed(END_EVENT_CUSTOMER_ACKNOWLEDGED)
                .isEnded();
    }

    @Test
    void theModelKeepsItsHistoryForAuditors() {
        Integer timeToLive = repositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getHistoryTimeToLive();
        assertThat(timeToLive).isEqualTo(3650);
    }
}
