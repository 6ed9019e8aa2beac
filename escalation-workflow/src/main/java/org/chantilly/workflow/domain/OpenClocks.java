package org.chantilly.workflow.domain;

/**
 * The service clocks of one name that have not stopped: how many there are (running or paused) and how many of the
 * running ones are past their due time.
 *
 * @param clock   {@link ServiceClock#ACKNOWLEDGE} or {@code RESOLVE_<TIER>}
 * @param open    clocks not stopped
 * @param overdue running clocks past their due time
 */
public record OpenClocks(String clock, long open, long overdue) {
}
