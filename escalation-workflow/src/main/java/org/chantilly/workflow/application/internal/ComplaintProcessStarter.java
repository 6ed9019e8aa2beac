package org.chantilly.workflow.application.internal;

import java.util.Date;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintReceived;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;

/**
 * Starts a complaint's handling process in the transaction that records the complaint: if the process cannot
 * start, the complaint is not recorded either. The complaint's reference is the business key.
 */
@ApplicationScoped
class ComplaintProcessStarter {

    private static final Logger LOG = Logger.getLogger(ComplaintProcessStarter.class.getName());

    @Inject
    RuntimeService runtime;

    @Inject
    ComplaintIntake intake;

    void onComplaintReceived(@Observes ComplaintReceived received) {
        ComplaintView complaint = intake.find(received.reference())
                .orElseThrow(() -> new IllegalStateException("complaint " + received.reference() + " is not visible"));
        ProcessInstance instance = runtime.startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY,
                received.reference(), Map.of(
                        ComplaintHandlingProcess.VAR_COMPLAINT_ID, received.complaintId(),
                        ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, received.reference(),
                        ComplaintHandlingProcess.VAR_CHANNEL, complaint.channel().name(),
                        ComplaintHandlingProcess.VAR_BRANCH_CODE, complaint.branchCode(),
                        ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, Date.from(complaint.expectedResponseBy())));
        LOG.info(() -> "complaint " + received.reference() + ": process " + instance.getId() + " started");
    }
}
