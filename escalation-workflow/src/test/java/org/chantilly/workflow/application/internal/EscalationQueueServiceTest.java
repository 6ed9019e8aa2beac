package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.EscalationQueue.QueueEntry;
import org.chantilly.workflow.api.EscalationQueue.SlaState;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The queue: most urgent first, and each task's service-level state (on time, reminded, breached, none). */
class EscalationQueueServiceTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("escalation-queue");

    private static final Caller STEFAN = new Caller("stefan", Set.of(Roles.SUPERVISOR));
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    ProcessEngine processEngine;

    @AfterEach
    void deleteTasks() {
        TaskService engineTasks = processEngine.getTaskService();
        engineTasks.createTaskQuery().list().forEach(t -> engineTasks.deleteTask(t.getId(), true));
    }

    @Test
    void theMostUrgentComesFirstWithItsServiceLevelState() {
        String onTime = task(50);
        String reminded = task(TierClockService.REMINDED_PRIORITY);
        String breached = task(50);
        String none = task(50);
        List<TaskSummary> open = List.of(
                summary(none, null, false, NOW.minusSeconds(600)),
                summary(onTime, NOW.plusSeconds(7200), false, NOW.minusSeconds(60)),
                summary(reminded, NOW.plusSeconds(600), false, NOW.minusSeconds(60)),
                summary(breached, NOW.minusSeconds(60), true, NOW.minusSeconds(3600)));

        EscalationQueueService service = new EscalationQueueService();
        service.engineTasks = processEngine.getTaskService();
        service.tasks = tasksReturning(open);

        List<QueueEntry> queue = service.queue(STEFAN, TaskFilter.none());

        assertThat(queue).extracting(e -> e.task().id()).containsExactly(breached, reminded, onTime, none);
        assertThat(queue).extracting(QueueEntry::sla).containsExactly(SlaState.BREACHED, SlaState.REMINDER_SENT,
                SlaState.ON_TIME, SlaState.NO_DEADLINE);
    }

    @Test
    void anEmptyQueueAsksTheEngineNothing() {
        EscalationQueueService service = new EscalationQueueService();
        service.tasks = tasksReturning(List.of());
        assertThat(service.queue(STEFAN, null)).isEmpty();
    }

    private String task(int priority) {
        TaskService engineTasks = processEngine.getTaskService();
        Task task = engineTasks.newTask();
        task.setName("Decide the complaint");
        task.setPriority(priority);
        engineTasks.saveTask(task);
        return task.getId();
    }

    private static TaskSummary summary(String id, Instant due, boolean breached, Instant created) {
        return new TaskSummary(id, "Decide the complaint", "HAM-2026-0000" + id.length(), created, due, null,
                "Task_DecideComplaint", "SUPERVISOR", "HAM", breached, 50);
    }

    private static ComplaintTasks tasksReturning(List<TaskSummary> open) {
        return (ComplaintTasks) java.lang.reflect.Proxy.newProxyInstance(EscalationQueueServiceTest.class.getClassLoader(),
                new Class<?>[] {ComplaintTasks.class}, (proxy, method, args) -> {
                    if (method.getName().equals("openTasks")) {
                        return open;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
