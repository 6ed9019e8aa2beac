package org.chantilly.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chantilly.platform.api.Money;

/**
 * What the workflow recorded about a complaint's handling: remedies proposed and granted, meetings, follow-ups and
 * service-level clocks.
 */
public record HandlingRecord(String complaintReference, List<ResolutionView> resolutions, List<MeetingView> meetings,
                             List<FollowUpView> followUps, List<ClockView> clocks) {

    /**
     * A remedy a tier proposed; {@code status} RESOLVED when it was within the tier's authority.
     *
     * @param policyVersion the handbook version in force when it was granted
     * @param policyApplied the values the empowerment decision applied: handbook version, limit, receipt rule, signature
     * @param outcomeToldBy MAIL, LETTER or CALL, once the customer was told
     * @param satisfied     the customer's answer, or null
     */
    public record ResolutionView(long id, String tier, String remedy, Money amount, String saidToCustomer,
                                 String proposedBy, Instant proposedAt, String status, String policyVersion,
                                 String policyApplied,
                                 Instant resolvedAt, String outcomeToldBy, Instant outcomeToldAt, Boolean satisfied,
                                 String answeredBy, Instant answeredAt) {
    }

    /** The personal meeting that answers a letter. */
    public record MeetingView(Instant meetingAt, String place, List<String> attendees, String outcome,
                              String recordedBy, Instant recordedAt) {
    }

    /** A follow-up for the employee who received the complaint. */
    public record FollowUpView(long id, String complaintReference, String employee, String kind, String note,
                               LocalDate scheduledFor, String status, String decidedBy, Instant decidedAt,
                               LocalDate doneOn, String confirmedBy) {
    }

    /**
     * A service-level clock: ACKNOWLEDGE or RESOLVE_&lt;TIER&gt;.
     *
     * @param running    whether it runs now (not paused, not stopped)
     * @param breached   whether it breached or runs past its due time
     * @param breachedAt when it breached (its due time), or null
     */
    public record ClockView(String clock, Instant startedAt, Instant dueAt, Instant pausedAt, Instant remindedAt,
                            Instant stoppedAt, boolean running, boolean breached, Instant breachedAt) {
    }
}
