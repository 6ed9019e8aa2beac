package org.chantilly.workflow.infrastructure.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;

/**
 * {@code Task_SendAcknowledgement}: asks intake to send the complaint's acknowledgement. A failure propagates, so the
 * engine retries the job and finally raises an incident.
 */
@Named(ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT)
@ApplicationScoped
public class SendAcknowledgementDelegate implements JavaDelegate {

    @Inject
    ComplaintIntake intake;

    @Override
    public void execute(DelegateExecution execution) {
        intake.acknowledge((String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE));
    }
}
