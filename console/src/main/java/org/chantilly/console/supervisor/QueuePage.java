package org.chantilly.console.supervisor;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

/**
 * The escalation queue: the open tasks of the caller's scope, the most urgent first, with their service-level state;
 * claim one, or (supervisors and managers) assign it to a colleague. The queue is read once per view (at most 500
 * tasks, one query for their states) and paged in the table.
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
    private List<QueueEntry> entries;
    private List<StaffInfo> colleagues;
    /** The colleague chosen per task id. */
    private final Map<String, String> assignees = new java.util.HashMap<>();

    public List<QueueEntry> getEntries() {
        if (entries == null) {
            entries = queue.queue(user.caller(), new TaskFilter(null, tier, null, onlyBreached ? Boolean.TRUE : null, null));
        }
        return entries;
    }

    /** Counts per state, from the list read once. */
    public Map<EscalationQueue.SlaState, Long> getCounts() {
        return getEntries().stream().collect(Collectors.groupingBy(QueueEntry::sla, Collectors.counting()));
    }

    public long count(String state) {
        return getCounts().getOrDefault(EscalationQueue.SlaState.valueOf(state), 0L);
    }

    public void search() {
        entries = null;
    }

    public void claim(QueueEntry entry) {
        Caller caller = user.caller();
        if (Feedback.attempt(null, () -> ConcurrentChange.retrying(() -> tasks.claim(entry.task().id(), caller)))) {
            Feedback.info("supervisor", "queue.claimed", entry.task().complaintReference());
        }
        entries = null;
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
        entries = null;
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
