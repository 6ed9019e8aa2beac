package org.chantilly.console.complaints;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Organisation;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.HandlingRecord;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.api.TaskDetail;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskSummary;
import org.chantilly.workflow.api.TimelineEntry;

/**
 * One complaint as staff see it ({@code /complaints/view.xhtml?ref=...}): its details, the steps of its process and
 * the changes recorded, attachments, the customer's other complaints, the process diagram with the path taken, and
 * the open task the caller may work on it, with its form. A complaint outside the caller's branches is not found.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many of the customer's other complaints the page lists. */
    static final int HISTORY_SHOWN = 20;

    @Inject
    transient ComplaintIntake intake;

    @Inject
    transient ComplaintProcesses processes;

    @Inject
    transient ComplaintTasks tasks;

    @Inject
    transient Organisation organisation;

    @Inject
    CurrentUser user;

    private String ref;
    private ComplaintView complaint;
    private List<TimelineEntry> timeline;
    private HandlingRecord record;
    private List<ComplaintListItem> history;
    private boolean moreHistory;
    private ProcessView process;
    private List<TaskSummary> openTasks;
    private TaskDetail current;
    private final TaskForm form = new TaskForm();

    /** Reads everything the page shows, once per visit and after every action. */
    public void load() {
        Caller caller = user.caller();
        complaint = ref == null ? null : intake.find(ref)
                .filter(c -> organisation.canSeeBranch(caller, c.branchCode())).orElse(null);
        if (complaint == null) {
            return;
        }
        // gateways are how the model routes, not steps anyone took: the page lists the rest
        timeline = processes.timelineOf(ref).orElse(List.of()).stream()
                .filter(s -> s.activityType() == null || !s.activityType().endsWith("Gateway")).toList();
        record = processes.recordOf(ref);
        process = processes.processOf(ref).orElse(null);
        List<ComplaintListItem> others = intake.customerHistory(ref, organisation.visibleBranches(caller).orElse(null))
                .stream().filter(c -> !c.reference().equals(ref)).toList();
        moreHistory = others.size() > HISTORY_SHOWN;
        history = others.stream().limit(HISTORY_SHOWN).toList();
        openTasks = tasks.openTasks(caller, new TaskFilter(complaint.branchCode(), null, null, null, null)).stream()
                .filter(t -> ref.equals(t.complaintReference())).toList();
        String currentId = current == null ? null : current.task().id();
        TaskSummary next = openTasks.stream().filter(t -> t.id().equals(currentId)).findFirst()
                .orElse(openTasks.isEmpty() ? null : openTasks.get(0));
        if (next == null) {
            current = null;
        } else if (current == null || !current.task().id().equals(next.id())) {
            current = Feedback.attempt(null, () -> tasks.detail(next.id(), caller));
            form.reset(current);
        } else {
            current = Feedback.attempt(null, () -> tasks.detail(next.id(), caller));
        }
    }

    public void claim() {
        if (current == null) {
            return;
        }
        String id = current.task().id();
        Caller caller = user.caller();
        if (Feedback.attempt(null, () -> ConcurrentChange.retrying(() -> tasks.claim(id, caller)))) {
            Feedback.info("supervisor", "task.claimed");
        }
        load();
    }

    /** Works another of the complaint's open tasks. */
    public void choose(TaskSummary task) {
        Caller caller = user.caller();
        current = Feedback.attempt(null, () -> tasks.detail(task.id(), caller));
        form.reset(current);
    }

    public void complete() {
        if (current == null) {
            return;
        }
        String id = current.task().id();
        TaskInput input = form.input(current);
        Caller caller = user.caller();
        String form = switch (getFormKind()) {
            case "DECISION" -> "decide";
            case "FOLLOW_UP" -> "followUp";
            case "OUTCOME" -> "outcome";
            default -> "doneOn";
        };
        if (Feedback.attempt(form, () -> ConcurrentChange.retrying(() -> tasks.complete(id, input, caller)))) {
            Feedback.info("supervisor", "task.completed", current.task().name());
            current = null;
            load();
        }
    }

    /** Which form the current task needs: DECISION, FOLLOW_UP, OUTCOME, DONE_ON, or NONE (worked elsewhere). */
    public String getFormKind() {
        if (current == null) {
            return "NONE";
        }
        List<String> fields = current.form().stream().map(TaskDetail.FormField::name).toList();
        if (fields.contains("decision") && fields.contains("remedy")) {
            return "DECISION";
        }
        if (fields.contains("followUps")) {
            return "FOLLOW_UP";
        }
        if (fields.equals(List.of("outcome"))) {
            return "OUTCOME";
        }
        if (fields.equals(List.of("doneOn"))) {
            return "DONE_ON";
        }
        return "NONE";
    }

    /** The values a field of the current task's form allows. */
    public List<String> allowed(String field) {
        return current == null ? List.of() : current.form().stream().filter(f -> f.name().equals(field))
                .findFirst().map(TaskDetail.FormField::allowed).orElse(List.of());
    }

    /** The tier's limit for a remedy, or empty when it is not theirs to grant. */
    public Money limitOf(String remedy) {
        return current == null ? null : current.limits().get(remedy);
    }

    /** The tier's limits, remedy by remedy, as the form shows them. */
    public List<Map.Entry<String, Money>> getLimits() {
        return current == null ? List.of() : List.copyOf(current.limits().entrySet());
    }

    public boolean isClaimable() {
        return current != null && current.task().assignee() == null;
    }

    public boolean isHeldByOther() {
        return current != null && current.task().assignee() != null
                && !current.task().assignee().equals(user.caller().username());
    }

    /** An attachment's size in kilobytes, rounded up. */
    public long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** The path for the text list beside the diagram: each step passed, then where the complaint waits now. */
    public List<PathStep> getPath() {
        if (process == null) {
            return List.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (TimelineEntry step : timeline) {
            if (step.activityName() != null && !step.activityName().isBlank()) {
                names.putIfAbsent(step.activityId(), step.activityName());
            }
        }
        List<PathStep> path = new ArrayList<>();
        for (String id : process.completedActivityIds()) {
            if (names.containsKey(id)) {
                path.add(new PathStep(id, names.get(id), false));
            }
        }
        for (String id : process.activeActivityIds()) {
            path.add(new PathStep(id, names.getOrDefault(id, id), true));
        }
        return path;
    }

    public String getVisitedIds() {
        return process == null ? "" : String.join(" ", process.completedActivityIds());
    }

    public String getCurrentIds() {
        return process == null ? "" : String.join(" ", process.activeActivityIds());
    }

    /** A step of the path taken. */
    public record PathStep(String id, String name, boolean current) implements Serializable {
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref == null ? null : ref.strip();
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public boolean isFound() {
        return complaint != null;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public HandlingRecord getRecord() {
        return record;
    }

    public List<ComplaintListItem> getHistory() {
        return history;
    }

    public boolean isMoreHistory() {
        return moreHistory;
    }

    public ProcessView getProcess() {
        return process;
    }

    public List<TaskSummary> getOpenTasks() {
        return openTasks;
    }

    public TaskDetail getCurrent() {
        return current;
    }

    public TaskForm getForm() {
        return form;
    }

    /** What the employee enters to complete the current task; only the fields its decision needs are sent. */
    public static class TaskForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String decision;
        private String remedy;
        private BigDecimal amount;
        private Boolean receiptPresented;
        private String saidToCustomer;
        private String reason;
        private List<String> followUps = new ArrayList<>();
        private LocalDate coachingOn;
        private LocalDate trainingOn;
        private String topic;
        private String recognition;
        private String outcome;
        private LocalDate doneOn;

        void reset(TaskDetail task) {
            decision = null;
            remedy = null;
            amount = null;
            receiptPresented = task == null ? null : task.receiptPresented();
            saidToCustomer = null;
            reason = null;
            followUps = new ArrayList<>();
            coachingOn = null;
            trainingOn = null;
            topic = null;
            recognition = null;
            outcome = null;
            doneOn = null;
        }

        TaskInput input(TaskDetail task) {
            List<String> fields = task.form().stream().map(TaskDetail.FormField::name).toList();
            if (fields.contains("followUps")) {
                List<String> chosen = followUps == null ? List.of() : List.copyOf(followUps);
                return new TaskInput(null, null, null, null, null, chosen.isEmpty() ? reason : null, null, null, null,
                        null, chosen, chosen.contains("COACHING") ? coachingOn : null,
                        chosen.contains("TRAINING") ? trainingOn : null,
                        chosen.contains("COACHING") || chosen.contains("TRAINING") || chosen.contains("PRE_SHIFT_TOPIC")
                                ? topic : null,
                        chosen.contains("RECOGNITION") ? recognition : null, null, null);
            }
            if (fields.contains("decision")) {
                boolean resolve = isResolving();
                Money money = resolve && amount != null && task.currency() != null ? new Money(amount, task.currency()) : null;
                return new TaskInput(decision, resolve ? remedy : null, money, resolve ? receiptPresented : null,
                        resolve ? saidToCustomer : null, resolve ? null : reason, null, null, null, null, null, null,
                        null, null, null, null, null);
            }
            if (fields.contains("doneOn")) {
                return new TaskInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, doneOn, null);
            }
            return new TaskInput(null, null, null, null, null, null, null, null, null, outcome, null, null, null, null,
                    null, null, null);
        }

        public boolean isResolving() {
            return "RESOLVE".equals(decision);
        }

        public boolean isWithReason() {
            return decision != null && !isResolving();
        }

        public boolean has(String followUp) {
            return followUps != null && followUps.contains(followUp);
        }

        public boolean isWithTopic() {
            return has("COACHING") || has("TRAINING") || has("PRE_SHIFT_TOPIC");
        }

        public boolean isNoFollowUp() {
            return followUps == null || followUps.isEmpty();
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getRemedy() {
            return remedy;
        }

        public void setRemedy(String remedy) {
            this.remedy = remedy;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public Boolean getReceiptPresented() {
            return receiptPresented;
        }

        public void setReceiptPresented(Boolean receiptPresented) {
            this.receiptPresented = receiptPresented;
        }

        public String getSaidToCustomer() {
            return saidToCustomer;
        }

        public void setSaidToCustomer(String saidToCustomer) {
            this.saidToCustomer = saidToCustomer;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public List<String> getFollowUps() {
            return followUps;
        }

        public void setFollowUps(List<String> followUps) {
            this.followUps = followUps;
        }

        public LocalDate getCoachingOn() {
            return coachingOn;
        }

        public void setCoachingOn(LocalDate coachingOn) {
            this.coachingOn = coachingOn;
        }

        public LocalDate getTrainingOn() {
            return trainingOn;
        }

        public void setTrainingOn(LocalDate trainingOn) {
            this.trainingOn = trainingOn;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getRecognition() {
            return recognition;
        }

        public void setRecognition(String recognition) {
            this.recognition = recognition;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public LocalDate getDoneOn() {
            return doneOn;
        }

        public void setDoneOn(LocalDate doneOn) {
            this.doneOn = doneOn;
        }
    }
}
