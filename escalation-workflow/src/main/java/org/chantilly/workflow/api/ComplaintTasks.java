package org.chantilly.workflow.api;

import java.util.List;

import org.chantilly.platform.api.Caller;

/** The tasks complaints give employees. */
public interface ComplaintTasks {

    /** The open tasks the caller may work on: assigned to them or offered to one of their groups, oldest first. */
    List<TaskSummary> openTasks(Caller caller);

    /**
     * Completes a task the caller may work on.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open task for the caller
     * @throws org.chantilly.platform.api.ConflictException         when another employee has claimed it
     */
    void complete(String taskId, Caller caller);
}
