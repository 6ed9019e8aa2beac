package org.chantilly.workflow.api;

import java.time.Instant;

/**
 * Narrows a task list; every part is optional.
 *
 * @param branchCode         only tasks of complaints of this branch
 * @param tier               only "Decide the complaint" tasks of this tier
 * @param dueBefore          only tasks due before this instant
 * @param breached           true: only tasks past their due time; false: only those that are not
 * @param assignee           only tasks assigned to this employee
 * @param complaintReference only tasks of this complaint (its own process and its tiers')
 * @param kind               only tasks of this BPMN task id, e.g. {@code Task_DecideComplaint}
 */
public record TaskFilter(String branchCode, String tier, Instant dueBefore, Boolean breached, String assignee,
                         String complaintReference, String kind) {

    /** A filter by branch, tier, due time, breach and assignee, for any complaint and kind. */
    public TaskFilter(String branchCode, String tier, Instant dueBefore, Boolean breached, String assignee) {
        this(branchCode, tier, dueBefore, breached, assignee, null, null);
    }

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null, null);
    }

    /** The open tasks of one complaint. */
    public static TaskFilter ofComplaint(String complaintReference) {
        return new TaskFilter(null, null, null, null, null, complaintReference, null);
    }

    /** The open tasks of one kind (BPMN task id). */
    public static TaskFilter ofKind(String kind) {
        return new TaskFilter(null, null, null, null, null, null, kind);
    }
}
