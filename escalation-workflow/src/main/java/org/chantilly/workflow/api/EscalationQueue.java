package org.chantilly.workflow.api;

import java.util.List;
import java.util.Map;

import org.chantilly.platform.api.Caller;

/**
 * The escalation queue of a supervisor, manager or head office: the open tasks the caller may work, the most urgent
 * first, each with its service-level state.
 */
public interface EscalationQueue {

    /**
     * One page of the caller's open tasks ({@link ComplaintTasks#openTasks}: counted and paged by the database, the
     * highest priority first, then the earliest due with those without a deadline last, then the oldest), each with
     * its service-level state.
     *
     * @param page the page, from 0
     * @param size tasks per page, 1 to {@link TaskPage#MAX_SIZE}
     */
    QueuePage queue(Caller caller, TaskFilter filter, int page, int size);

    /** How many of the caller's open tasks (narrowed by the filter) are in each service-level state. */
    Map<SlaState, Long> counts(Caller caller, TaskFilter filter);

    /**
     * One page of the queue.
     *
     * @param items the tasks of the page with their states
     * @param page  the page, from 0
     * @param size  tasks per page
     * @param total how many tasks the whole queue has
     */
    record QueuePage(List<QueueEntry> items, int page, int size, long total) {
    }

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
