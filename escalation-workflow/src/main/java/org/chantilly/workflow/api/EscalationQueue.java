package org.chantilly.workflow.api;

import java.util.List;

import org.chantilly.platform.api.Caller;

/**
 * The escalation queue of a supervisor, manager or head office: the open tasks the caller may work, the most urgent
 * first, each with its service-level state.
 */
public interface EscalationQueue {

    /**
     * The caller's open tasks ({@link ComplaintTasks#openTasks}, at most 500) sorted by due time (those without a
     * deadline last, then oldest first), with their service-level state.
     */
    List<QueueEntry> queue(Caller caller, TaskFilter filter);

    /**
     * One task of the queue.
     *
     * @param task the task
     * @param sla  where it stands against its deadline
     */
    record QueueEntry(TaskSummary task, SlaState sla) {
    }

    /** Where a task stands against its deadline. */
    enum SlaState {
        /** It has a deadline that has not passed, and its tier has not been reminded. */
        ON_TIME,
        /** Its tier was reminded of the coming deadline. */
        REMINDER_SENT,
        /** Its deadline has passed. */
        BREACHED,
        /** No deadline applies. */
        NO_DEADLINE
    }
}
