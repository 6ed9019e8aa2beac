package org.chantilly.workflow.application.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskSummary;
import org.chantilly.workflow.domain.CandidateGroups;

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
    Organisation organisation;

    @Override
    public List<TaskSummary> openTasks(Caller caller) {
        List<Task> open = visibleTo(caller).orderByTaskCreateTime().asc().list();
        Map<String, String> businessKeys = businessKeys(open);
        return open.stream()
                .map(t -> new TaskSummary(t.getId(), t.getName(), businessKeys.get(t.getProcessInstanceId()),
                        t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        t.getAssignee()))
                .toList();
    }

    @Override
    public void complete(String taskId, Caller caller) {
        Task task = claimedBy(taskId, caller);
        tasks.complete(taskId);
        LOG.info(() -> "task " + taskId + " (" + task.getTaskDefinitionKey() + ") completed by " + caller.username());
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
        if (!own && !caller.hasRole(Roles.SUPERVISOR)) {
            throw new ConflictException("Only the employee who claimed the task or a supervisor can give it back.");
        }
        tasks.setAssignee(taskId, null);
        LOG.info(() -> "task " + taskId + " given back to its group by " + caller.username());
    }

    @Override
    public void assign(String taskId, String assignee, Caller caller) {
        visible(taskId, caller);
        StaffInfo employee = organisation.staff(assignee).filter(StaffInfo::active)
                .orElseThrow(() -> new InvalidInputException("assignee", "names no active employee"));
        Caller candidate = new Caller(employee.login(), java.util.Set.of(employee.role()));
        if (visibleTo(candidate).taskId(taskId).count() == 0) {
            throw new InvalidInputException("assignee", "may not work this task");
        }
        tasks.setAssignee(taskId, employee.login());
        LOG.info(() -> "task " + taskId + " assigned to " + assignee + " by " + caller.username());
    }

    /** The open task, claimed for the caller if nobody had it. */
    private Task claimedBy(String taskId, Caller caller) {
        Task task = visible(taskId, caller);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new ConflictException("Another employee has claimed this task.");
        }
        if (task.getAssignee() == null) {
            try {
                tasks.claim(taskId, caller.username());
            } catch (TaskAlreadyClaimedException e) {
                throw new ConflictException("Another employee has claimed this task.");
            }
        }
        return task;
    }

    private Task visible(String taskId, Caller caller) {
        Task task = visibleTo(caller).taskId(taskId).singleResult();
        if (task == null) {
            throw new ResourceNotFoundException("There is no open task with that id for you.");
        }
        return task;
    }

    /** The active tasks the caller may see: theirs, and those of their groups whether claimed or not. */
    private TaskQuery visibleTo(Caller caller) {
        StaffInfo staff = organisation.staff(caller.username()).filter(StaffInfo::active).orElse(null);
        List<String> groups = staff == null ? List.of()
                : CandidateGroups.of(caller.roles(), staff.branchCode(), staff.region());
        TaskQuery query = tasks.createTaskQuery().active();
        if (groups.isEmpty()) {
            return query.taskAssignee(caller.username());
        }
        return query.or().taskAssignee(caller.username()).taskCandidateGroupIn(groups).includeAssignedTasks().endOr();
    }

    private Map<String, String> businessKeys(List<Task> open) {
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    }

}
