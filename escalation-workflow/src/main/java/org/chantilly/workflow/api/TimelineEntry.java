package org.chantilly.workflow.api;

import java.time.Instant;

/**
 * One step of a complaint's process.
 *
 * @param activityId   the BPMN activity, e.g. {@code Task_DecideComplaint}
 * @param activityName its name in the model
 * @param activityType the BPMN element type, e.g. {@code userTask}
 * @param started      when the step began (UTC)
 * @param ended        when it ended, or null while it runs
 * @param assignee     who worked it (user tasks), or null
 * @param due          its deadline (user tasks), or null
 * @param breached     whether it ended after its deadline, or runs past it
 * @param tier         the tier whose process the step belongs to (FRONTLINE ... HEAD_OFFICE), or null
 * @param outcome      how a task ended, e.g. {@code ESCALATE} or {@code RESOLVE REFUND 40.00 EUR}, or null
 * @param reason       why (a hand-back's reason, what the customer was told), or null
 */
public record TimelineEntry(String activityId, String activityName, String activityType, Instant started,
                            Instant ended, String assignee, Instant due, boolean breached, String tier,
                            String outcome, String reason) {
}
