package org.chantilly.workflow.infrastructure.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.workflow.application.internal.FollowUpService;
import org.chantilly.workflow.application.internal.ResolutionService;
import org.chantilly.workflow.application.internal.TierClockService;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.FollowUpKind;

/**
 * The delegates of {@code ComplaintHandlingProcess}, one per service task, each bound by its bean name: read the
 * complaint's reference, call one application service. A failure propagates, so the engine retries an asynchronous
 * step and finally raises an incident.
 */
@ApplicationScoped
class ComplaintDelegates {

    @Inject
    ComplaintIntake intake;

    @Inject
    TierClockService clocks;

    @Inject
    ResolutionService resolutions;

    @Inject
    FollowUpService followUps;

    /** {@code Task_SendAcknowledgement}: intake sends the acknowledgement; its clock stops. */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_SEND_ACKNOWLEDGEMENT)
    JavaDelegate sendAcknowledgement() {
        return execution -> {
            intake.acknowledge(reference(execution));
            clocks.stopAcknowledgement(reference(execution));
        };
    }

    /** {@code Task_RecordAcknowledgedAtIntake}: the acknowledgement was given at intake; its clock stops. */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_RECORD_ACKNOWLEDGED_AT_INTAKE)
    JavaDelegate recordAcknowledgedAtIntake() {
        return execution -> clocks.stopAcknowledgement(reference(execution));
    }

    /** {@code Task_MailOutcome}. */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_MAIL_OUTCOME)
    JavaDelegate mailOutcome() {
        return execution -> resolutions.mailOutcome(reference(execution));
    }

    /** {@code Task_PrintOutcomeLetter}. */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_PRINT_OUTCOME_LETTER)
    JavaDelegate printOutcomeLetter() {
        return execution -> resolutions.prepareOutcomeLetter(reference(execution));
    }

    /** {@code Task_RecordReopen}: counts the reopen (the model routes on the count). */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_RECORD_REOPEN)
    JavaDelegate recordReopen() {
        return execution -> {
            int count = ((Number) execution.getVariable(ComplaintHandlingProcess.VAR_REOPEN_COUNT)).intValue() + 1;
            execution.setVariable(ComplaintHandlingProcess.VAR_REOPEN_COUNT, count);
            resolutions.reopen(reference(execution), count);
        };
    }

    /** {@code Task_CloseComplaint}. */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_CLOSE_COMPLAINT)
    JavaDelegate closeComplaint() {
        return execution -> resolutions.close(reference(execution));
    }

    /** {@code Task_AddPreShiftTopic}. */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_ADD_PRE_SHIFT_TOPIC)
    JavaDelegate addPreShiftTopic() {
        return execution -> followUps.takeEffect(reference(execution), FollowUpKind.PRE_SHIFT_TOPIC);
    }

    /** {@code Task_RecordRecognition}. */
    @Produces
    @Named(ComplaintHandlingProcess.DELEGATE_RECORD_RECOGNITION)
    JavaDelegate recordRecognition() {
        return execution -> followUps.takeEffect(reference(execution), FollowUpKind.RECOGNITION);
    }

    static String reference(DelegateExecution execution) {
        return (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE);
    }
}
