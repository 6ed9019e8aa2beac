package org.chantilly.workflow.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.StaffDeactivated;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.NotificationKind;
import org.chantilly.platform.api.Notifications;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskDetail;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskPage;
import org.chantilly.workflow.api.TaskSummary;
import org.chantilly.workflow.api.TierLimits;
import org.chantilly.workflow.api.WorkflowMessage;
import org.chantilly.workflow.domain.CandidateGroups;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.HandbookPublicationProcess;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.StepNote;
import org.chantilly.workflow.domain.TierDecision;

/** The caller's complaint tasks, read and completed through the engine's task service. */
@ApplicationScoped
@Transactional
class ComplaintTaskService implements ComplaintTasks {

    private static final Logger LOG = Logger.getLogger(ComplaintTaskService.class.getName());

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    Organisation organisation;

    @Inject
    ServicePolicy policy;

    @Inject
    ComplaintIntake intake;

    @Inject
    TaskCompletion completion;

    @Inject
    HandlingRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Override
    public TaskPage openTasks(Caller caller, TaskFilter filter, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), TaskPage.MAX_SIZE);
        int number = Math.max(page, 0);
        Instant now = clock.instant();
        OpenTaskQuery query = OpenTaskQuery.of(organisation, caller, filter, now);
        long total = query.count(tasks);
        List<Task> open = (long) number * pageSize >= total ? List.of()
                : query.page(tasks, number * pageSize, pageSize);
        Map<String, Map<String, Object>> facts = facts(open);
        return new TaskPage(open.stream().map(t -> summary(t, factsOf(facts, t), now)).toList(), number, pageSize,
                total);
    }

    /** The routing facts of a task's process instance; none for a task outside a process. */
    private static Map<String, Object> factsOf(Map<String, Map<String, Object>> facts, Task task) {
        Map<String, Object> of = task.getProcessInstanceId() == null ? null : facts.get(task.getProcessInstanceId());
        return of == null ? Map.of() : of;
    }

    @Override
    public TaskDetail detail(String taskId, Caller caller) {
        return detail(taskId, caller, organisation.staff(caller.username()).map(StaffInfo::language).orElse(null));
    }

    @Override
    public TaskDetail detail(String taskId, Caller caller, String readerLanguage) {
        Task task = visible(taskId, caller);
        Map<String, Object> facts = facts(List.of(task)).getOrDefault(task.getProcessInstanceId(), Map.of());
        String reference = (String) facts.get(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE);
        if (facts.containsKey(HandbookPublicationProcess.VAR_HANDBOOK_VERSION)) {
            return new TaskDetail(summary(task, facts, clock.instant()), task.getTaskDefinitionKey(), null,
                    task.getPriority(), task.getOwner(), null, null, null, null, Map.of(), List.of(), null, false,
                    completion.form(task.getTaskDefinitionKey(), null), List.of());
        }
        ComplaintView complaint = intake.find(reference)
                .orElseThrow(() -> new ResourceNotFoundException(WorkflowMessage.TASK_NOT_FOUND));
        // advice for the employee in the reader's language; the words to say in the customer's
        String language = readerLanguage == null ? "en" : readerLanguage;
        String customerLanguage = complaint.customer().preferredLanguage() != null
                ? complaint.customer().preferredLanguage()
                : organisation.branch(complaint.branchCode()).map(b -> b.language()).orElse("en");
        String tier = (String) facts.get(ComplaintTierProcess.VAR_TIER);
        Map<String, Money> limits = new LinkedHashMap<>();
        List<String> receiptRequired = List.of();
        if (tier != null) {
            TierLimits ofTier = limitsAt(EscalationTier.valueOf(tier));
            limits.putAll(ofTier.limits());
            receiptRequired = ofTier.receiptRequiredFor();
        }
        boolean receipt = complaint.purchase() != null && complaint.purchase().receiptPresent();
        return new TaskDetail(summary(task, facts, clock.instant()), task.getTaskDefinitionKey(), tier,
                task.getPriority(), task.getOwner(), complaint.channel().name(),
                complaint.customerType() == null ? null : complaint.customerType().name(),
                complaint.customerType() == null ? null : policy.handlingAdvice(complaint.customerType(), language),
                new ServicePolicy.PhraseGuide(policy.phraseGuide(language).rules(),
                        policy.phraseGuide(customerLanguage).phrases()),
                limits, receiptRequired, policy.currency(), receipt,
                completion.form(task.getTaskDefinitionKey(), tier), earlierDecisions(reference, task.getId()),
                customerLanguage);
    }

    @Override
    public Optional<TierLimits> limitsOf(Caller caller) {
        return ownTier(caller).map(this::limitsAt);
    }

    /** The tier a role decides at, the highest of the caller's; none for roles that decide no complaints. */
    static Optional<EscalationTier> ownTier(Caller caller) {
        if (caller.hasRole(Roles.HEAD_OFFICE)) {
            return Optional.of(EscalationTier.HEAD_OFFICE);
        }
        if (caller.hasRole(Roles.MANAGER)) {
            return Optional.of(EscalationTier.MANAGEMENT);
        }
        if (caller.hasRole(Roles.SUPERVISOR)) {
            return Optional.of(EscalationTier.SUPERVISOR);
        }
        return caller.hasRole(Roles.FRONTLINE) ? Optional.of(EscalationTier.FRONTLINE) : Optional.empty();
    }

    /** A tier's limits per remedy and its receipt rules, all from one handbook version. */
    private TierLimits limitsAt(EscalationTier tier) {
        ServicePolicy inForce = policy.snapshot();
        Map<String, Money> limits = new LinkedHashMap<>();
        for (Remedy remedy : Remedy.values()) {
            inForce.empowermentLimit(tier, remedy)
                    .ifPresent(limit -> limits.put(remedy.name(), new Money(limit, inForce.currency())));
        }
        List<String> receiptRequired = Arrays.stream(Remedy.values()).filter(r -> inForce.receiptRequired(tier, r))
                .map(Remedy::name).toList();
        return new TierLimits(tier.name(), Collections.unmodifiableMap(limits), receiptRequired, inForce.currency());
    }

    /** The complaint's decisions before this task, with the tier each was taken at (read from the engine's history). */
    private List<TaskDetail.EarlierDecision> earlierDecisions(String reference, String taskId) {
        List<StepNote> decisions = records.notesOf(reference).stream()
                .filter(note -> ComplaintTierProcess.TASK_DECIDE_COMPLAINT.equals(note.activityId()))
                .filter(note -> !note.taskId().equals(taskId))
                .toList();
        if (decisions.isEmpty()) {
            return List.of();
        }
        Map<String, String> instanceOfTask = new HashMap<>();
        // every tier process carries the complaint's reference as its business key
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(ComplaintTierProcess.TASK_DECIDE_COMPLAINT).list()
                .forEach(t -> instanceOfTask.put(t.getId(), t.getProcessInstanceId()));
        Map<String, String> tierOfInstance = new HashMap<>();
        if (!instanceOfTask.isEmpty()) {
            history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instanceOfTask.values().stream().distinct().toArray(String[]::new))
                    .variableName(ComplaintTierProcess.VAR_TIER).list()
                    .forEach(v -> tierOfInstance.put(v.getProcessInstanceId(), String.valueOf(v.getValue())));
        }
        return decisions.stream()
                .sorted(Comparator.comparing(StepNote::notedAt))
                .map(note -> new TaskDetail.EarlierDecision(note.notedAt(), note.actor(),
                        tierOfInstance.get(instanceOfTask.get(note.taskId())), note.outcome(), note.reason()))
                .toList();
    }

    @Override
    public void complete(String taskId, TaskInput input, Caller caller) {
        Task task = claimedBy(taskId, caller);
        Map<String, Object> facts = facts(List.of(task)).getOrDefault(task.getProcessInstanceId(), Map.of());
        TaskCompletion.Completed completed = completion.complete(task, facts, input == null ? TaskInput.empty() : input,
                caller);
        if (task.getDelegationState() == DelegationState.PENDING) {
            tasks.resolveTask(taskId);
        }
        tasks.complete(taskId, completed.variables());
        String reference = (String) facts.get(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE);
        String outcome = outcomeOf(task, completed);
        records.add(new StepNote(reference, taskId, task.getTaskDefinitionKey(), outcome, completed.reason(),
                caller.username(), clock.instant()));
        audit.record(AuditEvent.of(caller.username(), "TASK_COMPLETED", "TASK", taskId).about(reference)
                .after(Map.of("kind", task.getTaskDefinitionKey(), "outcome", outcome)));
        if (TierDecision.HAND_BACK.name().equals(completed.outcome())) {
            intake.recordStep(reference, "HANDED_BACK", caller.username(),
                    "from " + facts.get(ComplaintTierProcess.VAR_TIER) + ": " + completed.reason());
        }
        LOG.info(() -> "task " + taskId + " (" + task.getTaskDefinitionKey() + ") completed by " + caller.username()
                + ": " + completed.outcome());
    }

    /** A proposed remedy the tier's decision table refused says why the complaint went up (the table has run now). */
    private String outcomeOf(Task task, TaskCompletion.Completed completed) {
        if (!completed.variables().containsKey(ComplaintTierProcess.VAR_PROPOSAL_ID)) {
            return completed.outcome();
        }
        HistoricVariableInstance verdict = history.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .variableName(ComplaintTierProcess.VAR_EMPOWERMENT_DECISION).singleResult();
        return verdict == null || ComplaintTierProcess.WITHIN_LIMIT.equals(verdict.getValue()) ? completed.outcome()
                : completed.outcome() + ": escalated, " + verdict.getValue();
    }

    @Override
    public void claim(String taskId, Caller caller) {
        claimedBy(taskId, caller);
        LOG.info(() -> "task " + taskId + " claimed by " + caller.username());
    }

    @Override
    public void unclaim(String taskId, Caller caller) {
        Task task = visible(taskId, caller);
        boolean own = caller.username().equals(task.getAssignee());
        if (!own && !caller.hasRole(Roles.SUPERVISOR) && !caller.hasRole(Roles.ADMIN)) {
            throw new ConflictException(WorkflowMessage.UNCLAIM_NOT_ALLOWED);
        }
        tasks.setAssignee(taskId, null);
        assigneeChanged(task, "TASK_UNCLAIMED", task.getAssignee(), null, caller.username());
        LOG.info(() -> "task " + taskId + " given back to its group by " + caller.username());
    }

    @Override
    public void assign(String taskId, String assignee, Caller caller) {
        Task task = visible(taskId, caller);
        String login = mayWork(taskId, assignee, "assignee");
        tasks.setAssignee(taskId, login);
        assigneeChanged(task, "TASK_ASSIGNED", task.getAssignee(), login, caller.username());
        LOG.info(() -> "task " + taskId + " assigned to " + assignee + " by " + caller.username());
    }

    @Override
    public List<StaffInfo> colleaguesFor(String taskId, Caller caller) {
        visible(taskId, caller);
        Set<String> groups = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        // the groups each employee belongs to, as visibleTo finds them for the candidate mayWork checks
        return organisation.activeStaff().stream()
                .filter(staff -> !staff.login().equals(caller.username()))
                .filter(staff -> CandidateGroups.of(Set.of(staff.role()), staff.branchCode(), staff.region()).stream()
                        .anyMatch(groups::contains))
                .sorted(Comparator.comparing(StaffInfo::name).thenComparing(StaffInfo::login))
                .toList();
    }

    @Override
    public void delegate(String taskId, String colleague, Caller caller) {
        Task task = claimedBy(taskId, caller);
        String login = mayWork(taskId, colleague, "colleague");
        StaffInfo own = organisation.staff(caller.username()).orElse(null);
        StaffInfo other = organisation.staff(login).orElseThrow();
        boolean branchStaff = own != null && own.branchCode() != null;
        if (branchStaff && !own.branchCode().equals(other.branchCode())) {
            throw new InvalidInputException("colleague", WorkflowMessage.DELEGATE_OTHER_BRANCH);
        }
        if (task.getAssignee() == null) {
            tasks.setAssignee(taskId, caller.username());
        }
        tasks.delegateTask(taskId, login);
        assigneeChanged(task, "TASK_DELEGATED", caller.username(), login, caller.username());
        LOG.info(() -> "task " + taskId + " delegated by " + caller.username() + " to " + login);
    }

    /**
     * A deactivated employee's open tasks go back to their groups (a delegated one back to its owner), in the
     * administrator's transaction.
     */
    void employeeDeactivated(@Observes StaffDeactivated deactivated) {
        for (Task task : tasks.createTaskQuery().taskAssignee(deactivated.login()).list()) {
            String back = task.getDelegationState() == DelegationState.PENDING ? task.getOwner() : null;
            tasks.setAssignee(task.getId(), back);
            assigneeChanged(task, "TASK_UNASSIGNED", deactivated.login(), back, deactivated.actor());
        }
        LOG.info(() -> "open tasks of " + deactivated.login() + " given back to their groups");
    }

    private void assigneeChanged(Task task, String action, String from, String to, String actor) {
        String reference = referenceOf(task);
        audit.record(AuditEvent.of(actor, action, "TASK", task.getId()).about(reference)
                .after(Map.of("kind", task.getTaskDefinitionKey())).change("assignee", from, to));
        // a complaint task someone else gave the employee (assigned, delegated, back from a colleague who left)
        if (HANDED_OVER.contains(action) && to != null && !to.equals(actor) && reference != null) {
            Map<String, String> params = new HashMap<>(Map.of("reference", reference, "by", actor));
            if (task.getDueDate() != null) {
                params.put("due", task.getDueDate().toInstant().toString());
            }
            notifications.notify(to, NotificationKind.TASK_ASSIGNED, params, Notifications.complaintPage(reference));
        }
    }

    /** The changes of a task's assignee that hand it to an employee who did not take it themselves. */
    private static final Set<String> HANDED_OVER = Set.of("TASK_ASSIGNED", "TASK_DELEGATED", "TASK_UNASSIGNED");

    /** The complaint a task belongs to (none for a handbook's publication task). */
    private String referenceOf(Task task) {
        Object reference = runtime.getVariable(task.getExecutionId(), ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE);
        return reference == null ? null : reference.toString();
    }

    @Override
    public void checkVisible(String taskId, Caller caller) {
        visible(taskId, caller);
    }

    /** The login of an active employee who may work the task. */
    private String mayWork(String taskId, String login, String field) {
        StaffInfo employee = organisation.staff(login).filter(StaffInfo::active)
                .orElseThrow(() -> new InvalidInputException(field, WorkflowMessage.NO_ACTIVE_EMPLOYEE));
        Caller candidate = new Caller(employee.login(), Set.of(employee.role()));
        if (visibleTo(candidate).taskId(taskId).count() == 0) {
            throw new InvalidInputException(field, WorkflowMessage.MAY_NOT_WORK);
        }
        return employee.login();
    }

    /** The open task, claimed for the caller if nobody had it. */
    private Task claimedBy(String taskId, Caller caller) {
        Task task = visible(taskId, caller);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new ConflictException(WorkflowMessage.CLAIMED_BY_OTHER);
        }
        if (task.getAssignee() == null) {
            try {
                tasks.claim(taskId, caller.username());
                assigneeChanged(task, "TASK_CLAIMED", null, caller.username(), caller.username());
            } catch (TaskAlreadyClaimedException e) {
                throw new ConflictException(WorkflowMessage.CLAIMED_BY_OTHER);
            }
        }
        return task;
    }

    private Task visible(String taskId, Caller caller) {
        Task task = visibleTo(caller).taskId(taskId).singleResult();
        if (task == null) {
            throw new ResourceNotFoundException(WorkflowMessage.TASK_NOT_FOUND);
        }
        return task;
    }

    /** The active tasks the caller may see: theirs, and those of their groups whether claimed or not. */
    private TaskQuery visibleTo(Caller caller) {
        StaffInfo staff = organisation.staff(caller.username()).filter(StaffInfo::active).orElse(null);
        List<String> groups = CandidateGroups.of(caller.roles(), staff == null ? null : staff.branchCode(),
                staff == null ? null : staff.region());
        TaskQuery query = tasks.createTaskQuery().active();
        if (groups.isEmpty()) {
            return query.taskAssignee(caller.username());
        }
        return query.or().taskAssignee(caller.username()).taskCandidateGroupIn(groups).includeAssignedTasks().endOr();
    }

    private static TaskSummary summary(Task t, Map<String, Object> facts, Instant now) {
        Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
        return new TaskSummary(t.getId(), t.getName(), (String) facts.get(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE),
                t.getCreateTime().toInstant(), due, t.getAssignee(), t.getTaskDefinitionKey(),
                (String) facts.get(ComplaintTierProcess.VAR_TIER), (String) facts.get(ComplaintHandlingProcess.VAR_BRANCH_CODE),
                due != null && now.isAfter(due), t.getPriority());
    }

    /** The routing facts of the tasks' process instances (reference, branch, tier, ...), by instance id. */
    private Map<String, Map<String, Object>> facts(List<Task> open) {
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> facts = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(TaskCompletion.FACTS.toArray(String[]::new)).list().stream()
                .filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()))
                .forEach(v -> facts.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                        .put(v.getName(), v.getValue()));
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(p -> facts.computeIfAbsent(p.getId(), k -> new HashMap<>())
                        .putIfAbsent(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, p.getBusinessKey()));
        return facts;
    }
}
