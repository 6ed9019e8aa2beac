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

    /**
     * Takes an open task for the caller. Of two employees claiming the same task, one wins; the other gets a conflict.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open task for the caller
     * @throws org.chantilly.platform.api.ConflictException         when another employee has claimed it
     */
    void claim(String taskId, Caller caller);

    /** Gives a task the caller claimed back to its group; a supervisor may do so for their branch's tasks. */
    void unclaim(String taskId, Caller caller);

    /**
     * A supervisor assigns a task of their branch to an active employee who may work it.
     *
     * @throws org.chantilly.platform.api.InvalidInputException when the employee may not work the task
     */
    void assign(String taskId, String assignee, Caller caller);
}
