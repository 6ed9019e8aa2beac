package org.chantilly.console.frontline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskSummary;

/**
 * The caller's open tasks: assigned to them or offered to their groups, oldest first, as one bounded list from the
 * workflow (at most 500), paged in the table. Whether each is on time is said in words, not only by colour.
 */
@Named("myTasks")
@RequestScoped
public class MyTasks {

    /** How close to its due time a task counts as due soon. */
    static final Duration SOON = Duration.ofHours(1);

    @Inject
    CurrentUser user;

    @Inject
    ComplaintTasks tasks;

    @Inject
    Clock clock;

    private boolean onlyMine;
    private List<TaskSummary> list;

    public List<TaskSummary> getTasks() {
        if (list == null) {
            list = tasks.openTasks(user.caller(),
                    new TaskFilter(null, null, null, null, onlyMine ? user.getLogin() : null));
        }
        return list;
    }

    /** ON_TIME, DUE_SOON, OVERDUE or NO_DEADLINE: the key of the state's text and its style. */
    public String state(TaskSummary task) {
        Instant now = clock.instant();
        if (task.due() == null) {
            return "NO_DEADLINE";
        }
        if (task.breached() || now.isAfter(task.due())) {
            return "OVERDUE";
        }
        return now.plus(SOON).isAfter(task.due()) ? "DUE_SOON" : "ON_TIME";
    }

    public String stateStyle(TaskSummary task) {
        return switch (state(task)) {
            case "OVERDUE" -> "badge state-bad";
            case "DUE_SOON" -> "badge state-warn";
            case "ON_TIME" -> "badge state-ok";
            default -> "badge";
        };
    }

    /** The task's name in the employee's language; the workflow's own name for a kind the bundle does not know. */
    public String kind(TaskSummary task) {
        String text = Feedback.text("frontline", "task." + task.kind());
        return text.startsWith("???") ? task.name() : text;
    }

    public boolean mine(TaskSummary task) {
        return user.getLogin() != null && user.getLogin().equals(task.assignee());
    }

    public boolean isOnlyMine() {
        return onlyMine;
    }

    public void setOnlyMine(boolean onlyMine) {
        this.onlyMine = onlyMine;
    }

    public void refresh() {
        list = null;
    }
}
