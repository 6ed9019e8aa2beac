package org.chantilly.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.ProcessFixture;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Complaints that were running when the models changed finish on the models they started on. The models of
 * version 0.5 (before the tier received only its routing facts and before acknowledgements given at intake
 * skipped the job) are kept as test resources; a complaint starts on them, the current models are deployed as the
 * server deploys them at start-up, and the complaint is worked to its end.
 */
class ModelUpgradeTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("model-upgrade");

    private static final String OLD_MODELS = "bpmn/0.5/";
    private static final String REFERENCE = "HAM-2026-000077";

    ProcessEngine processEngine;

    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private RepositoryService repository;
    private HistoryService history;

    @BeforeEach
    void wire() {
        ProcessFixture.mockDelegates();
        runtime = processEngine.getRuntimeService();
        tasks = processEngine.getTaskService();
        management = processEngine.getManagementService();
        repository = processEngine.getRepositoryService();
        history = processEngine.getHistoryService();
    }

    @AfterEach
    void undeploy() {
        repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void aComplaintStartedOnTheOldModelsFinishesOnThemAfterTheUpgrade() {
        Deployment old = repository.createDeployment().name("chantilly-workflow 0.5")
                .addClasspathResource(OLD_MODELS + "ComplaintHandlingProcess.bpmn")
                .addClasspathResource(OLD_MODELS + "ComplaintTierProcess.bpmn")
                .addClasspathResource(ComplaintTierProcess.DECISION_RESOURCE)
                .deploy();
        var variables = ProcessFixture.complaint(REFERENCE, "HAM", "IN_PERSON");
        variables.remove(ComplaintHandlingProcess.VAR_ACKNOWLEDGEMENT_TO_SEND); // the old starter did not set it
        ProcessInstance running = runtime.startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY, REFERENCE,
                variables);
        ProcessInstance tierBefore = calledTier(running);
        // the old tier was handed every variable of the complaint
        assertThat(runtime.getVariable(tierBefore.getId(), ComplaintHandlingProcess.VAR_REGION)).isEqualTo("NORTH");

        var builder = repository.createDeployment().name("chantilly-workflow").enableDuplicateFiltering(false);
        List.of(ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE, ComplaintTierProcess.DECISION_RESOURCE)
                .forEach(builder::addClasspathResource);
        Deployment current = builder.deploy();

        // the old model acknowledges every channel in a job, also after the upgrade
        Job acknowledgement = management.createJobQuery().processInstanceId(running.getId())
                .activityId(ComplaintHandlingProcess.TASK_SEND_ACKNOWLEDGEMENT).singleResult();
        assertThat(acknowledgement).isNotNull();
        management.executeJob(acknowledgement.getId());
        resolveAtTheFrontline(running);
        Task tell = task(running, ComplaintHandlingProcess.TASK_CALL_CUSTOMER_WITH_OUTCOME);
        tasks.complete(tell.getId());
        runtime.createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_CUSTOMER_ANSWERED)
                .processInstanceBusinessKey(REFERENCE).setVariable(ComplaintHandlingProcess.VAR_SATISFIED, true)
                .correlate();
        management.executeJob(management.createJobQuery().processInstanceId(running.getId())
                .activityId(ComplaintHandlingProcess.INTERMEDIATE_EVENT_CUSTOMER_ANSWERED).singleResult().getId());
        tasks.complete(task(running, ComplaintHandlingProcess.TASK_DECIDE_FOLLOW_UP).getId(), Variables.createVariables()
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_COACHING, false)
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_TRAINING, false)
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_PRE_SHIFT_TOPIC, false)
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_RECOGNITION, false));

        var finished = history.createHistoricProcessInstanceQuery().processInstanceId(running.getId()).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(finished.getEndActivityId()).isEqualTo(ComplaintHandlingProcess.END_EVENT_COMPLAINT_CLOSED);
        assertThat(definitionDeployment(finished.getProcessDefinitionId())).isEqualTo(old.getId());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(running.getId())
                .activityId(ComplaintHandlingProcess.TASK_RECORD_ACKNOWLEDGED_AT_INTAKE).count()).isZero();

        // a complaint received after the upgrade runs on the new models: acknowledged at intake, the tier given facts
        ProcessInstance next = ProcessFixture.start(processEngine, "HAM-2026-000078", "HAM", "IN_PERSON");
        assertThat(definitionDeployment(next.getProcessDefinitionId())).isEqualTo(current.getId());
        ProcessInstance tierAfter = calledTier(next);
        assertThat(runtime.getVariables(tierAfter.getId())).containsKeys(ComplaintHandlingProcess.VAR_BRANCH_CODE,
                ComplaintHandlingProcess.VAR_CHANNEL, ComplaintHandlingProcess.VAR_SEVERITY, ComplaintTierProcess.VAR_TIER)
                .doesNotContainKeys(ComplaintHandlingProcess.VAR_REGION, ComplaintHandlingProcess.VAR_RECEIVED_BY,
                        ComplaintHandlingProcess.VAR_COMPLAINT_ID);
    }

    private void resolveAtTheFrontline(ProcessInstance complaint) {
        Task decide = tasks.createTaskQuery().processInstanceId(calledTier(complaint).getId())
                .taskDefinitionKey(ComplaintTierProcess.TASK_DECIDE_COMPLAINT).singleResult();
        tasks.complete(decide.getId(), Variables.createVariables()
                .putValue(ComplaintTierProcess.VAR_TIER_DECISION, "RESOLVE")
                .putValue(ComplaintTierProcess.VAR_REMEDY, "VOUCHER")
                .putValue(ComplaintTierProcess.VAR_AMOUNT, 20.0)
                .putValue(ComplaintTierProcess.VAR_DECIDED_BY, "anna.frontline")
                .putValue(ComplaintTierProcess.VAR_PROPOSAL_ID, 7L)
                .putValue(ComplaintTierProcess.VAR_EMPOWERMENT_LIMIT, 50.0)
                .putValue(ComplaintTierProcess.VAR_RECEIPT_REQUIRED, false)
                .putValue(ComplaintTierProcess.VAR_HANDBOOK_SIGNED, true));
    }

    private ProcessInstance calledTier(ProcessInstance complaint) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(complaint.getId()).singleResult();
    }

    private Task task(ProcessInstance complaint, String key) {
        return tasks.createTaskQuery().processInstanceId(complaint.getId()).taskDefinitionKey(key).singleResult();
    }

    private String definitionDeployment(String definitionId) {
        return repository.getProcessDefinition(definitionId).getDeploymentId();
    }
}
