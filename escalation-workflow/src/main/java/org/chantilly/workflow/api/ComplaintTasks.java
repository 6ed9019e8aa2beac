package org.chantilly.workflow.api;

import java.util.List;

import org.chantilly.platform.api.Caller;

/** The tasks complaints give employees. */
public interface ComplaintTasks {

    /** The open tasks the caller may work on: assigned to them or offered to one of their groups, oldest first. */
    List<TaskSummary> openTasks(Caller caller, TaskFilter filter);

    /**
     * One open task with its form and what the handbook says about it.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open task for the caller
     */
    TaskDetail detail(String taskId, Caller caller);

    /**
     * Completes a task the caller may work on with the input its form asks for.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open task for the caller
     * @throws org.chantilly.platform.api.ConflictException         when another employee has claimed it
     * @throws org.chantilly.platform.api.InvalidInputException     when a required field is missing, a value is not
     *                                                                allowed or a remedy is beyond head office's authority
     */
    void complete(String taskId, TaskInput input, Caller caller);

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

    /**
     * The caller hands a task they hold to a colleague who may work it; the caller stays its owner (on record), the
     * colleague completes it.
     *
     * @throws org.chantilly.platform.api.InvalidInputException when the colleague may not work the task
     */
    void delegate(String taskId, String colleague, Caller caller);

    /**
     * That the task is open and the caller's to see, before anything else about a request is checked: a task of
     * another branch answers 404 whatever the body says, so task ids cannot be probed.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when it is not
     */
    void checkVisible(String taskId, Caller caller);
}
