package org.chantilly.workflow.application.internal;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.RuntimeService;
import org.chantilly.handbook.api.HandbookDraftDiscarded;
import org.chantilly.workflow.domain.HandbookPublicationProcess;

/**
 * A discarded handbook draft ends the publication process that waits for its revision (a draft that was sent back),
 * in the discarding transaction, so no task is left for a version that no longer exists.
 */
@ApplicationScoped
class HandbookDraftDiscardedObserver {

    private static final Logger LOG = Logger.getLogger(HandbookDraftDiscardedObserver.class.getName());

    @Inject
    RuntimeService runtime;

    void onDiscarded(@Observes HandbookDraftDiscarded discarded) {
        String key = HandbookPublicationProcess.businessKey(discarded.version());
        runtime.createProcessInstanceQuery().processDefinitionKey(HandbookPublicationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(key).list().forEach(instance -> {
                    runtime.deleteProcessInstance(instance.getId(), "draft discarded by " + discarded.discardedBy(),
                            true, true);
                    LOG.info(() -> "handbook version " + discarded.version() + " discarded: publication process "
                            + instance.getId() + " ended");
                });
    }
}
