package org.chantilly.workflow.api;

import java.util.List;

/**
 * One page of a task list, the most urgent first, with the number of tasks in the whole list.
 *
 * @param items the tasks of the page
 * @param page  the page, from 0
 * @param size  the tasks per page asked for
 * @param total how many tasks the whole list has
 */
public record TaskPage(List<TaskSummary> items, int page, int size, long total) {

    /** The largest page a list is read in. */
    public static final int MAX_SIZE = 100;
}
