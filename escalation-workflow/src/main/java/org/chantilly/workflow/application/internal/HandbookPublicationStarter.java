package org.chantilly.workflow.application.internal;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.chantilly.handbook.api.HandbookSubmitted;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.workflow.api.WorkflowMessage;
import org.chantilly.workflow.domain.HandbookPublicationProcess;

/**
 * A submitted handbook draft starts its publication process, in the submitting transaction; a draft that was sent
 * back and is submitted again continues the process that sent it back.
 */
@ApplicationScoped
class HandbookPublicationStarter {

    private static final Logger LOG = Logger.getLogger(HandbookPublicationStarter.class.getName());

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    void onSubmitted(@Observes HandbookSubmitted submitted) {
        String key = HandbookPublicationProcess.businessKey(submitted.version());
        Task revision = tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(HandbookPublicationProcess.TASK_REVISE_HANDBOOK_DRAFT).singleResult();
        if (revision != null) {
            if (revision.getAssignee() != null && !revision.getAssignee().equals(submitted.submittedBy())) {
                throw new ConflictException(WorkflowMessage.DRAFT_BEING_REVISED);
            }
            tasks.complete(revision.getId());
            LOG.info(() -> "handbook version " + submitted.version() + " resubmitted for review");
            return;
        }
        runtime.startProcessInstanceByKey(HandbookPublicationProcess.PROCESS_KEY, key, Map.of(
                HandbookPublicationProcess.VAR_HANDBOOK_VERSION, submitted.version(),
                HandbookPublicationProcess.VAR_SUBMITTED_BY, submitted.submittedBy()));
        LOG.info(() -> "handbook version " + submitted.version() + ": publication process started");
    }
}
