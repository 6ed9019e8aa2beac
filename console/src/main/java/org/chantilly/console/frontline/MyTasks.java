package org.chantilly.console.frontline;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.complaints.FormKind;
import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskPage;
import org.chantilly.workflow.api.TaskSummary;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The caller's open tasks: assigned to them or offered to their groups, the most urgent first (highest priority,
 * then the earliest due with tasks without a deadline last, then the oldest), one page at a time straight from the
 * workflow: the database counts and pages every task, the table never holds more than a page. Whether each is on time
 * is said in words, not only by colour.
 */
@Named("myTasks")
@ViewScoped
public class MyTasks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How close to its due time a task counts as due soon. */
    static final Duration SOON = Duration.ofHours(1);

    @Inject
    CurrentUser user;

    @Inject
    ComplaintTasks tasks;

    @Inject
    Clock clock;

    private boolean onlyMine;
    private final Tasks list = new Tasks();

    public LazyDataModel<TaskSummary> getTasks() {
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

    /**
     * Where the task is worked, from the context root: a handbook version's review or revision on the handbook's
     * versions page, every other task on its complaint's page.
     */
    public String page(TaskSummary task) {
        return FormKind.of(task.kind()) == FormKind.HANDBOOK ? FormKind.HANDBOOK_PAGE
                : "/complaints/view.xhtml?ref=" + task.complaintReference();
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

    /** Applies the filter from the first page on. */
    public void refresh() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":tasks:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    private TaskFilter filter() {
        return new TaskFilter(null, null, null, null, onlyMine ? user.getLogin() : null);
    }

    /** The lazy model: each page is one read of the workflow (its count and its tasks), nothing per row. */
    class Tasks extends LazyDataModel<TaskSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(tasks.openTasks(user.caller(), filter(), 0, 1).total(), Integer.MAX_VALUE);
        }

        @Override
        public List<TaskSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), TaskPage.MAX_SIZE);
            TaskPage page = tasks.openTasks(user.caller(), filter(), first / size, size);
            setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
            return page.items();
        }

        @Override
        public String getRowKey(TaskSummary task) {
            return task.id();
        }

        @Override
        public TaskSummary getRowData(String rowKey) {
            return null;
        }
    }
}
