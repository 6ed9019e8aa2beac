package org.chantilly.workflow.api;

import java.time.Instant;

/**
 * Narrows a task list; every part is optional.
 *
 * @param branchCode only tasks of complaints of this branch
 * @param tier       only "Decide the complaint" tasks of this tier
 * @param dueBefore  only tasks due before this instant
 * @param breached   true: only tasks past their due time; false: only those that are not
 * @param assignee   only tasks assigned to this employee
 */
public record TaskFilter(String branchCode, String tier, Instant dueBefore, Boolean breached, String assignee) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null);
    }
}
