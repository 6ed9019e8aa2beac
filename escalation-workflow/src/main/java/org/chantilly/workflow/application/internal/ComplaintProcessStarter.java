package org.chantilly.workflow.application.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintReceived;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.BusinessCalendar;
import org.chantilly.platform.api.Organisation;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;

/**
 * Starts a complaint's handling process in the transaction that records the complaint: if the process cannot
 * start, the complaint is not recorded either. The complaint's reference is the business key; the handbook values
 * that steer the whole process (management contact, reopens, answer window) are fixed when it starts.
 */
@ApplicationScoped
class ComplaintProcessStarter {

    private static final Logger LOG = Logger.getLogger(ComplaintProcessStarter.class.getName());

    @Inject
    RuntimeService runtime;

    @Inject
    ComplaintIntake intake;

    @Inject
    Organisation organisation;

    @Inject
    ServicePolicy policy;

    @Inject
    TierClockService clocks;

    void onComplaintReceived(@Observes ComplaintReceived received) {
        ComplaintView complaint = intake.find(received.reference())
                .orElseThrow(() -> new IllegalStateException("complaint " + received.reference() + " is not visible"));
        BranchInfo branch = organisation.branch(complaint.branchCode())
                .orElseThrow(() -> new IllegalStateException("branch " + complaint.branchCode() + " does not exist"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintHandlingProcess.VAR_COMPLAINT_ID, received.complaintId());
        variables.put(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, received.reference());
        variables.put(ComplaintHandlingProcess.VAR_CHANNEL, complaint.channel().name());
        variables.put(ComplaintHandlingProcess.VAR_SEVERITY, complaint.severity().name());
        variables.put(ComplaintHandlingProcess.VAR_BRANCH_CODE, complaint.branchCode());
        variables.put(ComplaintHandlingProcess.VAR_REGION, branch.region());
        variables.put(ComplaintHandlingProcess.VAR_RECEIVED_BY, complaint.receivedBy());
        variables.put(ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, Date.from(complaint.expectedResponseBy()));
        variables.put(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED,
                complaint.purchase() != null && complaint.purchase().receiptPresent());
        variables.put(ComplaintHandlingProcess.VAR_ACKNOWLEDGEMENT_TO_SEND, complaint.acknowledgement().byMessage());
        boolean managementContact = policy.managementContactRequired(complaint.severity());
        variables.put(ComplaintHandlingProcess.VAR_MANAGEMENT_CONTACT_REQUIRED, managementContact);
        if (managementContact) {
            // the handbook's deadline for management's decision, counted in the branch's business time
            variables.put(ComplaintHandlingProcess.VAR_MANAGEMENT_CONTACT_DUE_BY, Date.from(BusinessCalendar.due(branch,
                    complaint.receivedAt(), policy.decisionDeadline(EscalationTier.MANAGEMENT, complaint.channel(),
                            complaint.severity()))));
        }
        variables.put(ComplaintHandlingProcess.VAR_MAX_REOPENS, policy.maxReopens());
        variables.put(ComplaintHandlingProcess.VAR_CUSTOMER_ANSWER_WINDOW, policy.customerAnswerWindow().toString());
        variables.put(ComplaintHandlingProcess.VAR_REOPEN_COUNT, 0);
        clocks.startAcknowledgement(received.reference(), complaint.branchCode(), complaint.channel(), complaint.receivedAt());
        ProcessInstance instance = runtime.startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY,
                received.reference(), variables);
        LOG.info(() -> "complaint " + received.reference() + ": process " + instance.getId() + " started");
    }
}
