package org.chantilly.workflow.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.TaskService;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Organisation;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.EscalationQueue;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskPage;
import org.chantilly.workflow.api.TaskSummary;

/**
 * The escalation queue: the caller's open tasks with their service-level state, one page at a time in the task
 * lists' order. A reminder raises the decision task's priority ({@link TierClockService#remind}), so reminded tasks
 * come first; the counts per state are counted by the database over the whole queue.
 */
@ApplicationScoped
@Transactional
class EscalationQueueService implements EscalationQueue {

    @Inject
    ComplaintTasks tasks;

    @Inject
    TaskService engineTasks;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Override
    public QueuePage queue(Caller caller, TaskFilter filter, int page, int size) {
        TaskPage open = tasks.openTasks(caller, filter == null ? TaskFilter.none() : filter, page, size);
        return new QueuePage(open.items().stream().map(t -> new QueueEntry(t, state(t, t.priority()))).toList(),
                open.page(), open.size(), open.total());
    }

    @Override
    public Map<SlaState, Long> counts(Caller caller, TaskFilter filter) {
        Instant now = clock.instant();
        long total = open(caller, filter, now).count(engineTasks);
        Map<SlaState, Long> counts = new EnumMap<>(SlaState.class);
        counts.put(SlaState.BREACHED, open(caller, filter, now).dueBefore(now).count(engineTasks));
        counts.put(SlaState.NO_DEADLINE, open(caller, filter, now).withoutDueDate().count(engineTasks));
        counts.put(SlaState.REMINDER_SENT, open(caller, filter, now)
                .notDueAndRaisedTo(now, TierClockService.REMINDED_PRIORITY).count(engineTasks));
        counts.put(SlaState.ON_TIME, total - counts.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }

    private OpenTaskQuery open(Caller caller, TaskFilter filter, Instant now) {
        return OpenTaskQuery.of(organisation, caller, filter, now);
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
