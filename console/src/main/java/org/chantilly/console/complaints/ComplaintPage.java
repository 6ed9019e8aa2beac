package org.chantilly.console.complaints;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Preferences;
import org.chantilly.console.support.RemedyLimit;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.HandlingRecord;
import org.chantilly.workflow.api.ProcessAction;
import org.chantilly.workflow.api.TaskDetail;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskPage;
import org.chantilly.workflow.api.TaskSummary;
import org.chantilly.workflow.api.TierLimits;
import org.chantilly.workflow.api.TimelineEntry;

/**
 * One complaint as staff see it ({@code /complaints/view.xhtml?ref=...}): its details, the steps of its process and
 * the changes recorded, attachments, the customer's other complaints, the process diagram with the path taken, and
 * the open task the caller may work on it, with the form of its kind ({@link FormKind}), assigned or delegated to a
 * colleague; and the steps that are no tasks, where the process waits for them and the caller's role may take them
 * ({@link ComplaintProcesses#actionsOf}): pull the complaint up, record the customer's reply or their answer to the
 * outcome. A complaint outside the caller's branches is not found. Every refusal of a service is shown as the API
 * gives it, each field's message at that field.
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
    transient InputValidator validator;

    @Inject
    CurrentUser user;

    /** The employee's language: the task's handling advice comes in it (the words to say in the customer's). */
    @Inject
    Preferences prefs;

    private String ref;
    private ComplaintView complaint;
    private List<TimelineEntry> timeline;
    private HandlingRecord record;
    private List<ComplaintListItem> history;
    private boolean moreHistory;
    private List<TaskSummary> openTasks;
    private TaskDetail current;
    private final TaskForm form = new TaskForm();
    /** What the caller may do on the complaint's process besides its tasks. */
    private Set<ProcessAction> actions = Set.of();
    /** The caller's own tier's limits, when the current task is a decision of another tier. */
    private TierLimits ownLimits;
    /** Who may work the current task besides the caller, read once per task. */
    private List<StaffInfo> colleagues;
    private String colleaguesOf;
    private String pullUpReason;
    private String reply;
    private String assignee;
    private String colleague;

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
        List<ComplaintListItem> others = intake.customerHistory(ref, organisation.visibleBranches(caller).orElse(null))
                .stream().filter(c -> !c.reference().equals(ref)).toList();
        moreHistory = others.size() > HISTORY_SHOWN;
        history = others.stream().limit(HISTORY_SHOWN).toList();
        openTasks = tasks.openTasks(caller, TaskFilter.ofComplaint(ref), 0, TaskPage.MAX_SIZE).items();
        String currentId = current == null ? null : current.task().id();
        TaskSummary next = openTasks.stream().filter(t -> t.id().equals(currentId)).findFirst()
                .orElse(openTasks.isEmpty() ? null : openTasks.get(0));
        if (next == null) {
            current = null;
        } else if (current == null || !current.task().id().equals(next.id())) {
            current = Feedback.attempt(null, () -> tasks.detail(next.id(), caller, prefs.getLanguage()));
            form.reset(current);
        } else {
            current = Feedback.attempt(null, () -> tasks.detail(next.id(), caller, prefs.getLanguage()));
        }
        actions = processes.actionsOf(ref, caller);
        ownLimits = current == null || current.tier() == null ? null : tasks.limitsOf(caller)
                .filter(own -> !own.tier().equals(current.tier())).orElse(null);
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
        current = Feedback.attempt(null, () -> tasks.detail(task.id(), caller, prefs.getLanguage()));
        form.reset(current);
        load();
    }

    public void complete() {
        FormKind kind = getFormKind();
        if (current == null || kind.formId() == null) {
            return;
        }
        String id = current.task().id();
        TaskInput input = form.input(current, branchZone());
        Caller caller = user.caller();
        if (Feedback.attempt(kind.formId(), () -> ConcurrentChange.retrying(() -> tasks.complete(id, input, caller)))) {
            Feedback.info("supervisor", "task.completed", current.task().name());
            current = null;
            load();
        }
    }

    /** The form the current task needs, by its kind; {@link FormKind#NONE} without a task. */
    public FormKind getFormKind() {
        return current == null ? FormKind.NONE : FormKind.of(current.kind());
    }

    /** The current task is one of a handbook version, worked on the handbook's versions page. */
    public String getHandbookPage() {
        return FormKind.HANDBOOK_PAGE;
    }

    /** A supervisor or manager assigns the current task to a colleague who may work it (as on the API). */
    public void assign() {
        if (current == null || !isMayAssign()) {
            return;
        }
        String id = current.task().id();
        Caller caller = user.caller();
        if (Feedback.attempt("assign", () -> {
            validator.check(new ActionInput.Assignment(assignee));
            ConcurrentChange.retrying(() -> tasks.assign(id, assignee, caller));
        })) {
            Feedback.info("supervisor", "task.assigned", nameOf(assignee));
            assignee = null;
            load();
        }
    }

    /** The caller hands the current task to a colleague, staying its owner (as on the API). */
    public void delegate() {
        if (current == null || !isMayDelegate()) {
            return;
        }
        String id = current.task().id();
        Caller caller = user.caller();
        if (Feedback.attempt("delegate", () -> {
            validator.check(new ActionInput.Delegation(colleague));
            ConcurrentChange.retrying(() -> tasks.delegate(id, colleague, caller));
        })) {
            Feedback.info("supervisor", "task.delegated", nameOf(colleague));
            colleague = null;
            load();
        }
    }

    /** A supervisor pulls the complaint up from the frontline, management from the supervisor. */
    public void pullUp() {
        Caller caller = user.caller();
        if (Feedback.attempt("pullUp", () -> {
            validator.check(new ActionInput.Note(pullUpReason));
            ConcurrentChange.retrying(() -> processes.pullUp(ref, pullUpReason, caller));
        })) {
            Feedback.info("supervisor", "actions.pulledUp");
            pullUpReason = null;
            current = null;
            load();
        }
    }

    /** The customer replied to what the tier asked: its clock runs again. */
    public void recordReply() {
        Caller caller = user.caller();
        if (Feedback.attempt("reply", () -> {
            validator.check(new ActionInput.Note(reply));
            ConcurrentChange.retrying(() -> processes.customerReplied(ref, reply, caller));
        })) {
            Feedback.info("supervisor", "actions.replied");
            reply = null;
            load();
        }
    }

    /** The customer's answer to the outcome: satisfied (the follow-up is next) or not (the complaint reopens). */
    public void recordAnswer(boolean satisfied) {
        Caller caller = user.caller();
        if (Feedback.attempt("answer", () -> ConcurrentChange.retrying(
                () -> processes.recordAnswer(ref, satisfied, caller)))) {
            Feedback.info("supervisor", satisfied ? "actions.answered.satisfied" : "actions.answered.notSatisfied");
            load();
        }
    }

    public boolean isMayPullUp() {
        return actions.contains(ProcessAction.PULL_UP);
    }

    public boolean isMayRecordReply() {
        return actions.contains(ProcessAction.CUSTOMER_REPLY);
    }

    public boolean isMayRecordAnswer() {
        return actions.contains(ProcessAction.CUSTOMER_ANSWER);
    }

    public boolean isAnyAction() {
        return !actions.isEmpty();
    }

    /** Supervisors and managers assign tasks, as on the API. */
    public boolean isMayAssign() {
        return current != null && (user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.MANAGER));
    }

    /** Whoever may work the task and nobody else holds it may delegate it. */
    public boolean isMayDelegate() {
        return current != null && !isHeldByOther();
    }

    /** Who may work the current task besides the caller, by name. */
    public List<StaffInfo> getColleagues() {
        if (current == null) {
            return List.of();
        }
        if (colleagues == null || !current.task().id().equals(colleaguesOf)) {
            String id = current.task().id();
            Caller caller = user.caller();
            colleagues = Feedback.attempt(null, () -> tasks.colleaguesFor(id, caller));
            colleagues = colleagues == null ? List.of() : colleagues;
            colleaguesOf = id;
        }
        return colleagues;
    }

    /** An employee's name, for the messages after assigning or delegating. */
    String nameOf(String login) {
        return organisation.staff(login).map(StaffInfo::name).orElse(login);
    }

    /** The time zone of the complaint's branch, in which the meeting's date and time are entered. */
    ZoneId branchZone() {
        return complaint == null ? user.zone()
                : organisation.branch(complaint.branchCode()).map(BranchInfo::timeZone).orElse(user.zone());
    }

    /** The values a field of the current task's form allows. */
    public List<String> allowed(String field) {
        return current == null ? List.of() : current.form().stream().filter(f -> f.name().equals(field))
                .findFirst().map(TaskDetail.FormField::allowed).orElse(List.of());
    }

    /** The task's tier's limit of a remedy as a row of the limits, for the remedy's choice. */
    public RemedyLimit limitOf(String remedy) {
        return getTaskLimits().stream().filter(l -> l.remedy().equals(remedy)).findFirst().orElse(null);
    }

    /** The limits of the task's tier, remedy by remedy: the decision is judged by them. */
    public List<RemedyLimit> getTaskLimits() {
        return current == null ? List.of() : RemedyLimit.of(current.limits(), current.receiptRequiredFor());
    }

    /** The caller's own tier's limits, when they work a decision of another tier; else empty. */
    public List<RemedyLimit> getOwnLimits() {
        return ownLimits == null ? List.of() : RemedyLimit.of(ownLimits.limits(), ownLimits.receiptRequiredFor());
    }

    /** Whether the caller works a decision of another tier than their own: both tiers' limits are shown. */
    public boolean isOtherTier() {
        return ownLimits != null;
    }

    /** The caption of the task's tier's limits: "Your limits" on their own tier, else the tier's, labelled. */
    public String getTaskLimitsCaption() {
        if (current == null || current.tier() == null) {
            return "";
        }
        String tier = Feedback.text("supervisor", "tier." + current.tier());
        return Feedback.text("supervisor", isOtherTier() ? "limits.task" : "limits.yours", tier);
    }

    public String getOwnLimitsCaption() {
        return ownLimits == null ? "" : Feedback.text("supervisor", "limits.own",
                Feedback.text("supervisor", "tier." + ownLimits.tier()));
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

    public List<TaskSummary> getOpenTasks() {
        return openTasks;
    }

    public TaskDetail getCurrent() {
        return current;
    }

    public TaskForm getForm() {
        return form;
    }

    public String getPullUpReason() {
        return pullUpReason;
    }

    public void setPullUpReason(String pullUpReason) {
        this.pullUpReason = pullUpReason;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee == null || assignee.isBlank() ? null : assignee;
    }

    public String getColleague() {
        return colleague;
    }

    public void setColleague(String colleague) {
        this.colleague = colleague == null || colleague.isBlank() ? null : colleague;
    }

    /**
     * What the employee enters to complete the current task; only the fields its kind's form has are sent, and of a
     * decision or a follow-up only those the choice made needs.
     */
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
        private LocalDateTime meetingAt;
        private String place;
        /** The attendees, one per line. */
        private String attendees;

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
            meetingAt = null;
            place = null;
            attendees = null;
        }

        /**
         * The input for the task, by its kind's form.
         *
         * @param zone the time zone of the complaint's branch, in which the meeting's date and time were entered
         */
        TaskInput input(TaskDetail task, ZoneId zone) {
            return switch (FormKind.of(task.kind())) {
                case FOLLOW_UP -> {
                    List<String> chosen = followUps == null ? List.of() : List.copyOf(followUps);
                    yield new TaskInput(null, null, null, null, null, chosen.isEmpty() ? reason : null, null, null,
                            null, null, chosen, chosen.contains("COACHING") ? coachingOn : null,
                            chosen.contains("TRAINING") ? trainingOn : null,
                            chosen.contains("COACHING") || chosen.contains("TRAINING")
                                    || chosen.contains("PRE_SHIFT_TOPIC") ? topic : null,
                            chosen.contains("RECOGNITION") ? recognition : null, null, null);
                }
                case DECISION -> {
                    boolean resolve = isResolving();
                    Money money = resolve && amount != null && task.currency() != null
                            ? new Money(amount, task.currency()) : null;
                    yield new TaskInput(decision, resolve ? remedy : null, money, resolve ? receiptPresented : null,
                            resolve ? saidToCustomer : null, resolve ? null : reason, null, null, null, null, null,
                            null, null, null, null, null, null);
                }
                case MEETING -> new TaskInput(null, null, null, null, null, null,
                        meetingAt == null ? null : meetingAt.atZone(zone).toInstant(), place, attendeeList(), outcome,
                        null, null, null, null, null, null, null);
                case DONE_ON -> new TaskInput(null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, doneOn, null);
                case OUTCOME -> new TaskInput(null, null, null, null, null, null, null, null, null, outcome, null,
                        null, null, null, null, null, null);
                case HANDBOOK, NONE -> TaskInput.empty();
            };
        }

        /** The attendees as entered, one per line; blank lines left out (the service checks the rest). */
        List<String> attendeeList() {
            return attendees == null ? List.of() : attendees.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .toList();
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

        public LocalDateTime getMeetingAt() {
            return meetingAt;
        }

        public void setMeetingAt(LocalDateTime meetingAt) {
            this.meetingAt = meetingAt;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getAttendees() {
            return attendees;
        }

        public void setAttendees(String attendees) {
            this.attendees = attendees;
        }
    }
}
