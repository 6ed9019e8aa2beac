package org.chantilly.workflow.application.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.chantilly.platform.api.Caller;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.EscalationQueue;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskSummary;

/**
 * The escalation queue: the caller's open tasks with their service-level state. A reminder raises the decision task's
 * priority ({@link TierClockService#remind}); the priorities of a whole queue are read with one query.
 */
@ApplicationScoped
@Transactional
class EscalationQueueService implements EscalationQueue {

    static final Comparator<QueueEntry> MOST_URGENT_FIRST = Comparator
            .comparing((QueueEntry e) -> e.task().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.task().created());

    @Inject
    ComplaintTasks tasks;

    @Inject
    TaskService engineTasks;

    @Override
    public List<QueueEntry> queue(Caller caller, TaskFilter filter) {
        List<TaskSummary> open = tasks.openTasks(caller, filter == null ? TaskFilter.none() : filter);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> priorities = engineTasks.createTaskQuery()
                .taskIdIn(open.stream().map(TaskSummary::id).toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(Task::getId, Task::getPriority, (a, b) -> a));
        return open.stream().map(t -> new QueueEntry(t, state(t, priorities.getOrDefault(t.id(), 0))))
                .sorted(MOST_URGENT_FIRST).toList();
    }

    static SlaState state(TaskSummary task, int priority) {
        if (task.due() == null) {
            return SlaState.NO_DEADLINE;
        }
        if (task.breached()) {
            return SlaState.BREACHED;
        }
        return priority >= TierClockService.REMINDED_PRIORITY ? SlaState.REMINDER_SENT : SlaState.ON_TIME;
    }
}
