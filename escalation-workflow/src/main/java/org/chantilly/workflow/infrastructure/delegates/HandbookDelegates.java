package org.chantilly.workflow.infrastructure.delegates;

import java.util.Date;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.SigningSchedule;
import org.chantilly.workflow.domain.HandbookPublicationProcess;

/** The delegates of {@code HandbookPublicationProcess}: each calls the handbook. */
@ApplicationScoped
class HandbookDelegates {

    private static final Logger LOG = Logger.getLogger(HandbookDelegates.class.getName());

    @Inject
    Handbook handbook;

    /** {@code Task_ReturnDraft}: the version is a draft again, with the approver's comments. */
    @Produces
    @Named(HandbookPublicationProcess.DELEGATE_RETURN_DRAFT)
    JavaDelegate returnHandbookDraft() {
        return execution -> handbook.sendBack(version(execution),
                (String) execution.getVariable(HandbookPublicationProcess.VAR_REVIEW_COMMENT),
                (String) execution.getVariable(HandbookPublicationProcess.VAR_APPROVED_BY));
    }

    /** {@code Task_PublishHandbook}: sets {@code signingReminderAt} and {@code signingDeadline}. */
    @Produces
    @Named(HandbookPublicationProcess.DELEGATE_PUBLISH_HANDBOOK)
    JavaDelegate publishHandbook() {
        return execution -> {
            SigningSchedule schedule = handbook.publish(version(execution),
                    ((Date) execution.getVariable(HandbookPublicationProcess.VAR_EFFECTIVE_FROM)).toInstant(),
                    (String) execution.getVariable(HandbookPublicationProcess.VAR_APPROVED_BY));
            execution.setVariable(HandbookPublicationProcess.VAR_SIGNING_REMINDER_AT, Date.from(schedule.reminderAt()));
            execution.setVariable(HandbookPublicationProcess.VAR_SIGNING_DEADLINE, Date.from(schedule.deadline()));
        };
    }

    /** {@code Task_RequestSignatures}: the version is in force; everybody who has not signed is asked to. */
    @Produces
    @Named(HandbookPublicationProcess.DELEGATE_REQUEST_SIGNATURES)
    JavaDelegate requestSignatures() {
        return execution -> LOG.info("handbook version " + version(execution) + " in force: "
                + handbook.remindUnsigned(version(execution)) + " employees asked to read and sign it");
    }

    /** {@code Task_RemindUnsignedEmployees}. */
    @Produces
    @Named(HandbookPublicationProcess.DELEGATE_REMIND_UNSIGNED_EMPLOYEES)
    JavaDelegate remindUnsignedEmployees() {
        return execution -> LOG.info("handbook version " + version(execution) + ": "
                + handbook.remindUnsigned(version(execution)) + " employees reminded to sign");
    }

    /** {@code Task_ReportOverdueSignatures}: supervisors see the overdue ones in {@code GET /api/handbook/signatures}. */
    @Produces
    @Named(HandbookPublicationProcess.DELEGATE_REPORT_OVERDUE_SIGNATURES)
    JavaDelegate reportOverdueSignatures() {
        return execution -> LOG.info("handbook version " + version(execution) + ": "
                + handbook.signatureStatus(null).stream().filter(s -> s.overdue()).count() + " signatures overdue");
    }

    private static int version(DelegateExecution execution) {
        return ((Number) execution.getVariable(HandbookPublicationProcess.VAR_HANDBOOK_VERSION)).intValue();
    }
}
