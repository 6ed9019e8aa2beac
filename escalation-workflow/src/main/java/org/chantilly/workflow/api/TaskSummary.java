package org.chantilly.workflow.api;

import java.time.Instant;

/**
 * An open task of a complaint's process, as its candidates see it.
 *
 * @param id                 the task's id
 * @param name               what is to be done, e.g. "Decide the complaint"
 * @param complaintReference the complaint it belongs to
 * @param created            when the task was created (UTC)
 * @param due                when it must be done (UTC), or null when no deadline applies
 * @param assignee           who has claimed it, or null while it is offered to its group
 * @param kind               the BPMN task id, e.g. {@code Task_DecideComplaint}
 * @param tier               the tier deciding, for "Decide the complaint" tasks; else null
 * @param branchCode         the complaint's branch
 * @param breached           whether it is past its due time
 * @param priority           50 normally; higher once the tier has been reminded of its deadline (lists put the
 *                           highest first)
 */
public record TaskSummary(String id, String name, String complaintReference, Instant created, Instant due,
                          String assignee, String kind, String tier, String branchCode, boolean breached,
                          int priority) {
}
