package org.chantilly.workflow.api;

import java.util.List;
import java.util.Optional;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.StaffInfo;

/** The tasks complaints give employees. */
public interface ComplaintTasks {

    /**
     * One page of the open tasks the caller may work on (assigned to them or offered to one of their groups), counted
     * and paged by the database without a cap: the highest priority first (a reminded tier's task is raised), then
     * the earliest due (tasks without a deadline last), then the oldest.
     *
     * @param page the page, from 0
     * @param size tasks per page, 1 to {@link TaskPage#MAX_SIZE} (a larger size is read as the largest)
     */
    TaskPage openTasks(Caller caller, TaskFilter filter, int page, int size);

    /**
     * One open task with its form and what the handbook says about it, in the caller's own language (their staff
     * record; else English): see {@link #detail(String, Caller, String)}.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open task for the caller
     */
    TaskDetail detail(String taskId, Caller caller);

    /**
     * One open task with its form and what the handbook says about it. What is meant for the employee (the handling
     * advice, the phrase guide's ground rules) comes in {@code language}, the reader's; the words meant for the
     * customer (the phrase guide's phrases) come in the customer's language, {@link TaskDetail#customerLanguage()}.
     * A language the handbook lacks gives its English texts.
     *
     * @param language the reader's language, e.g. {@code sv}; {@code null} for English
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open task for the caller
     */
    TaskDetail detail(String taskId, Caller caller, String language);

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
     * The empowerment limits of the caller's own tier, the one their role decides at (frontline, supervisor,
     * management, head office; the highest if they have several), under the handbook in force; empty for a role that
     * decides no complaints. A task of another tier is decided by that tier's limits ({@link TaskDetail#limits()}):
     * a page that shows such a task shows both, each labelled.
     */
    Optional<TierLimits> limitsOf(Caller caller);

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
     * The active employees besides the caller who may work the task (those in a group it is offered to), by name: whom
     * a supervisor or manager can assign it to, or the caller delegate it to (branch staff delegate only within their
     * branch, see {@link #delegate}).
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such open task for the caller
     */
    List<StaffInfo> colleaguesFor(String taskId, Caller caller);

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
