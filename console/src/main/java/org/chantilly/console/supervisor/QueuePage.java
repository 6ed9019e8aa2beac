package org.chantilly.console.supervisor;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.EscalationQueue;
import org.chantilly.workflow.api.EscalationQueue.QueueEntry;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskPage;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The escalation queue: the open tasks of the caller's scope, the most urgent first (highest priority, then the
 * earliest due with tasks without a deadline last, then the oldest), with their service-level state; claim one, or
 * (supervisors and managers) assign it to a colleague. The table reads one page at a time from the workflow, which
 * counts and pages every task in the database; the counts per state are counted there too.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tiers a queue can be narrowed to, in the order of the escalation chain. */
    private static final List<String> TIERS = List.of("FRONTLINE", "SUPERVISOR", "MANAGEMENT", "HEAD_OFFICE");

    @Inject
    transient EscalationQueue queue;

    @Inject
    transient ComplaintTasks tasks;

    @Inject
    transient Organisation organisation;

    @Inject
    CurrentUser user;

    private String tier;
    private boolean onlyBreached;
    private final Entries entries = new Entries();
    private Map<EscalationQueue.SlaState, Long> counts;
    private List<StaffInfo> colleagues;
    /** The colleague chosen per task id. */
    private final Map<String, String> assignees = new HashMap<>();

    public LazyDataModel<QueueEntry> getEntries() {
        return entries;
    }

    /** Counts per state over the whole queue (as filtered), read once per request that changes it. */
    public Map<EscalationQueue.SlaState, Long> getCounts() {
        if (counts == null) {
            counts = queue.counts(user.caller(), filter());
        }
        return counts;
    }

    private TaskFilter filter() {
        return new TaskFilter(null, tier, null, onlyBreached ? Boolean.TRUE : null, null);
    }

    /** The lazy model: each page is one read of the queue (its count and its tasks), nothing per row. */
    class Entries extends LazyDataModel<QueueEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(queue.queue(user.caller(), filter(), 0, 1).total(), Integer.MAX_VALUE);
        }

        @Override
        public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), TaskPage.MAX_SIZE);
            EscalationQueue.QueuePage page = queue.queue(user.caller(), filter(), first / size, size);
            setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
            return page.items();
        }

        @Override
        public String getRowKey(QueueEntry entry) {
            return entry.task().id();
        }

        @Override
        public QueueEntry getRowData(String rowKey) {
            return null;
        }
    }

    public long count(String state) {
        return getCounts().getOrDefault(EscalationQueue.SlaState.valueOf(state), 0L);
    }

    /** Applies the filters from the first page on. */
    public void search() {
        counts = null;
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":queue:tasks");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void claim(QueueEntry entry) {
        Caller caller = user.caller();
        if (Feedback.attempt(null, () -> ConcurrentChange.retrying(() -> tasks.claim(entry.task().id(), caller)))) {
            Feedback.info("supervisor", "queue.claimed", entry.task().complaintReference());
        }
        counts = null;
    }

    public void assign(QueueEntry entry) {
        String assignee = assignees.get(entry.task().id());
        if (!isMayAssign()) {
            return;
        }
        if (assignee == null || assignee.isBlank()) {
            Feedback.error("supervisor", "queue.assign.choose");
            return;
        }
        Caller caller = user.caller();
        if (Feedback.attempt(null, () -> {
            tasks.checkVisible(entry.task().id(), caller);
            ConcurrentChange.retrying(() -> tasks.assign(entry.task().id(), assignee, caller));
        })) {
            Feedback.info("supervisor", "queue.assigned", entry.task().complaintReference(), nameOf(assignee));
        }
        counts = null;
    }

    /** Supervisors and managers assign tasks (as on the API). */
    public boolean isMayAssign() {
        return user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.MANAGER);
    }

    /** The active staff of the branches the caller may see who work complaints, by name. */
    public List<StaffInfo> getColleagues() {
        if (colleagues == null) {
            Caller caller = user.caller();
            colleagues = organisation.activeStaff().stream()
                    .filter(s -> s.branchCode() != null || s.region() != null)
                    .filter(s -> Roles.FRONTLINE.equals(s.role()) || Roles.SUPERVISOR.equals(s.role())
                            || Roles.MANAGER.equals(s.role()))
                    .filter(s -> s.branchCode() == null ? caller.hasRole(Roles.MANAGER) || caller.hasRole(Roles.HEAD_OFFICE)
                            : organisation.canSeeBranch(caller, s.branchCode()))
                    .sorted(Comparator.comparing(StaffInfo::name))
                    .toList();
        }
        return colleagues;
    }

    public String nameOf(String login) {
        if (login == null) {
            return "";
        }
        return getColleagues().stream().filter(s -> s.login().equals(login)).map(StaffInfo::name).findFirst()
                .orElse(login);
    }

    /** The colour class of a state: text says it, colour repeats it. */
    public String styleOf(EscalationQueue.SlaState state) {
        return switch (state) {
            case BREACHED -> "state-bad";
            case REMINDER_SENT -> "state-warn";
            case ON_TIME -> "state-ok";
            case NO_DEADLINE -> "";
        };
    }

    public List<String> getTiers() {
        return TIERS;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier == null || tier.isBlank() ? null : tier;
    }

    public boolean isOnlyBreached() {
        return onlyBreached;
    }

    public void setOnlyBreached(boolean onlyBreached) {
        this.onlyBreached = onlyBreached;
    }

    public Map<String, String> getAssignees() {
        return assignees;
    }
}
