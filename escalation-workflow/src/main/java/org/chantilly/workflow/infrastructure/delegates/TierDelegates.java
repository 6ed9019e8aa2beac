package org.chantilly.workflow.infrastructure.delegates;

import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.Severity;
import org.chantilly.workflow.application.internal.ResolutionService;
import org.chantilly.workflow.application.internal.TierClockService;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;

/** The delegates of {@code ComplaintTierProcess}: the tier's clock and the resolution. */
@ApplicationScoped
class TierDelegates {

    @Inject
    TierClockService clocks;

    @Inject
    ResolutionService resolutions;

    /** {@code Task_StartTierClock}: sets {@code tierDueBy} and {@code tierReminderAt}. */
    @Produces
    @Named(ComplaintTierProcess.DELEGATE_START_TIER_CLOCK)
    JavaDelegate startTierClock() {
        return execution -> deadline(execution, clocks.start(ComplaintDelegates.reference(execution), tier(execution),
                (String) execution.getVariable(ComplaintHandlingProcess.VAR_BRANCH_CODE),
                Channel.valueOf((String) execution.getVariable(ComplaintHandlingProcess.VAR_CHANNEL)),
                Severity.valueOf((String) execution.getVariable(ComplaintHandlingProcess.VAR_SEVERITY))));
    }

    /** {@code Task_PauseTierClock}. */
    @Produces
    @Named(ComplaintTierProcess.DELEGATE_PAUSE_TIER_CLOCK)
    JavaDelegate pauseTierClock() {
        return execution -> clocks.pause(ComplaintDelegates.reference(execution), tier(execution));
    }

    /** {@code Task_ResumeTierClock}: new {@code tierDueBy} and {@code tierReminderAt}. */
    @Produces
    @Named(ComplaintTierProcess.DELEGATE_RESUME_TIER_CLOCK)
    JavaDelegate resumeTierClock() {
        return execution -> deadline(execution, clocks.resume(ComplaintDelegates.reference(execution), tier(execution),
                (String) execution.getVariable(ComplaintHandlingProcess.VAR_BRANCH_CODE)));
    }

    /** The tier process ended, whichever way: its clock stops (and records a breach if it ran past its due time). */
    @Produces
    @Named(ComplaintTierProcess.DELEGATE_STOP_TIER_CLOCK)
    ExecutionListener stopTierClock() {
        return execution -> clocks.stop(ComplaintDelegates.reference(execution), tier(execution));
    }

    /** {@code Task_RemindTier}. */
    @Produces
    @Named(ComplaintTierProcess.DELEGATE_REMIND_TIER)
    JavaDelegate remindTier() {
        return execution -> clocks.remind(ComplaintDelegates.reference(execution), tier(execution),
                execution.getProcessInstanceId());
    }

    /** {@code Task_RecordResolution}. */
    @Produces
    @Named(ComplaintTierProcess.DELEGATE_RECORD_RESOLUTION)
    JavaDelegate recordResolution() {
        return execution -> resolutions.resolve(
                ((Number) execution.getVariable(ComplaintTierProcess.VAR_PROPOSAL_ID)).longValue());
    }

    private static EscalationTier tier(DelegateExecution execution) {
        return EscalationTier.valueOf((String) execution.getVariable(ComplaintTierProcess.VAR_TIER));
    }

    private static void deadline(DelegateExecution execution, TierClockService.TierDeadline deadline) {
        execution.setVariable(ComplaintTierProcess.VAR_TIER_DUE_BY, Date.from(deadline.dueBy()));
        execution.setVariable(ComplaintTierProcess.VAR_TIER_REMINDER_AT, Date.from(deadline.reminderAt()));
    }
}
