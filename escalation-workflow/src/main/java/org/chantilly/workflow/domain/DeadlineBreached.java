package org.chantilly.workflow.domain;

/**
 * A service clock stopped after its due time (the breach is recorded on the clock and in the audit trail). Published
 * inside the transaction that stops the clock; observers that count breaches observe it after the commit.
 *
 * @param complaintReference the complaint whose clock breached
 * @param clock              the clock's name: {@link ServiceClock#ACKNOWLEDGE} or {@code RESOLVE_<TIER>}
 */
public record DeadlineBreached(String complaintReference, String clock) {
}
