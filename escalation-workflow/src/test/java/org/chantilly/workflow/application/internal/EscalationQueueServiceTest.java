package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.FakeOrganisation;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.api.EscalationQueue.QueueEntry;
import org.chantilly.workflow.api.EscalationQueue.QueuePage;
import org.chantilly.workflow.api.EscalationQueue.SlaState;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskPage;
import org.chantilly.workflow.api.TaskSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The queue and the task lists it is read from: the database sorts (highest priority, then the earliest due with
 * tasks without a deadline last, then the oldest), pages without a cap and counts the states; each task shows its
 * service-level state (on time, reminded, breached, none).
 */
class EscalationQueueServiceTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("escalation-queue");

    private static final Caller STEFAN = new Caller("stefan", Set.of(Roles.SUPERVISOR));
    private static final Caller SOFIA = new Caller("sofia", Set.of(Roles.FRONTLINE));
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    ProcessEngine processEngine;

    private final EscalationQueueService service = new EscalationQueueService();
    private final ComplaintTaskService tasks = new ComplaintTaskService();

    @BeforeEach
    void wireTheServices() {
        tasks.tasks = processEngine.getTaskService();
        tasks.runtime = processEngine.getRuntimeService();
        tasks.organisation = new FakeOrganisation();
        tasks.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.tasks = tasks;
        service.engineTasks = processEngine.getTaskService();
        service.organisation = tasks.organisation;
        service.clock = tasks.clock;
    }

    @AfterEach
    void deleteTasks() {
        TaskService engineTasks = processEngine.getTaskService();
        engineTasks.createTaskQuery().list().forEach(t -> engineTasks.deleteTask(t.getId(), true));
        ClockUtil.reset();
    }

    @Test
    void theMostUrgentComesFirstWithItsServiceLevelState() {
        String none = task(50, null, NOW.minusSeconds(600));
        String onTime = task(50, NOW.plusSeconds(7200), NOW.minusSeconds(60));
        String reminded = task(TierClockService.REMINDED_PRIORITY, NOW.plusSeconds(600), NOW.minusSeconds(60));
        String breached = task(50, NOW.minusSeconds(60), NOW.minusSeconds(3600));

        QueuePage queue = service.queue(STEFAN, TaskFilter.none(), 0, 20);

        assertThat(queue.items()).extracting(e -> e.task().id()).containsExactly(reminded, breached, onTime, none);
        assertThat(queue.items()).extracting(QueueEntry::sla).containsExactly(SlaState.REMINDER_SENT,
                SlaState.BREACHED, SlaState.ON_TIME, SlaState.NO_DEADLINE);
        assertThat(queue.total()).isEqualTo(4);
        assertThat(service.counts(STEFAN, TaskFilter.none())).isEqualTo(Map.of(SlaState.BREACHED, 1L,
                SlaState.REMINDER_SENT, 1L, SlaState.ON_TIME, 1L, SlaState.NO_DEADLINE, 1L));
        assertThat(service.counts(STEFAN, new TaskFilter(null, null, null, true, null)))
                .containsEntry(SlaState.BREACHED, 1L).containsEntry(SlaState.ON_TIME, 0L);
    }

    @Test
    void tasksArePagedByTheDatabaseBeyondAnyCap() {
        // 250 tasks: priority first, then the earliest due (none last), then the oldest
        for (int i = 0; i < 250; i++) {
            task(i % 5 == 0 ? TierClockService.REMINDED_PRIORITY : 50, i % 3 == 0 ? null : NOW.plusSeconds(10_000 - i),
                    NOW.minusSeconds(5000 - i));
        }
        List<TaskSummary> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            TaskPage one = tasks.openTasks(STEFAN, TaskFilter.none(), page, 100);
            assertThat(one.total()).isEqualTo(250);
            assertThat(one.items()).hasSize(page < 2 ? 100 : 50);
            all.addAll(one.items());
        }
        assertThat(all).extracting(TaskSummary::id).doesNotHaveDuplicates().hasSize(250);
        assertThat(all).isSortedAccordingTo(Comparator
                .comparing(TaskSummary::priority, Comparator.reverseOrder())
                .thenComparing(TaskSummary::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskSummary::created));
        assertThat(all.get(0).priority()).isEqualTo(TierClockService.REMINDED_PRIORITY);
        assertThat(all.get(all.size() - 1).due()).isNull();
        assertThat(tasks.openTasks(STEFAN, TaskFilter.none(), 3, 100).items()).isEmpty();
        assertThat(tasks.openTasks(STEFAN, TaskFilter.none(), 0, 1000).size()).as("at most 100 a page").isEqualTo(100);
        assertThat(tasks.openTasks(SOFIA, TaskFilter.none(), 0, 100).total()).as("another branch's group").isZero();
        assertThat(service.queue(STEFAN, TaskFilter.none(), 2, 100).items()).hasSize(50);
    }

    @Test
    void anEmptyQueueIsEmpty() {
        assertThat(service.queue(STEFAN, null, 0, 20).items()).isEmpty();
        assertThat(service.counts(STEFAN, null).values()).containsOnly(0L);
    }

    /** A task offered to Hamburg's supervisors, created at {@code created}. */
    private String task(int priority, Instant due, Instant created) {
        ClockUtil.setCurrentTime(Date.from(created));
        TaskService engineTasks = processEngine.getTaskService();
        Task task = engineTasks.newTask();
        task.setName("Decide the complaint");
        task.setPriority(priority);
        task.setDueDate(due == null ? null : Date.from(due));
        engineTasks.saveTask(task);
        engineTasks.addCandidateGroup(task.getId(), "supervisor-HAM");
        return task.getId();
    }
}
