package org.chantilly.workflow.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.chantilly.workflow.InMemoryHandlingRecords;
import org.chantilly.workflow.domain.DeadlineBreached;
import org.chantilly.workflow.domain.ServiceClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow's meters over the open clocks of the in-memory records (the engine's counts are fixed here). */
class WorkflowMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryHandlingRecords records = new InMemoryHandlingRecords();
    private final WorkflowMetrics metrics = new WorkflowMetrics();

    @BeforeEach
    void wire() {
        metrics.registry = registry;
        metrics.reader = new WorkflowFiguresReader() {
            @Override
            WorkflowFigures read() {
                return WorkflowFigures.of(WorkflowMetricsTest.this.records.openClocks(NOW), 3, 2, 1);
            }
        };
        metrics.register(null);
    }

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private ServiceClock clock(String reference, String name, Instant due) {
        ServiceClock clock = new ServiceClock(reference, name, NOW.minusSeconds(3600), due);
        records.clocks.add(clock);
        return clock;
    }

    private double gauge(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).gauge().value();
    }

    @Test
    void countsTheComplaintsWaitingAtEachTierAndTheClocksOverdue() {
        Instant past = NOW.minusSeconds(60);
        Instant future = NOW.plusSeconds(3600);
        clock("HAM-2026-000001", "RESOLVE_FRONTLINE", future);
        clock("HAM-2026-000002", "RESOLVE_FRONTLINE", past);
        clock("HAM-2026-000003", "RESOLVE_SUPERVISOR", past).pause(NOW.minusSeconds(120));
        clock("HAM-2026-000004", "RESOLVE_SUPERVISOR", future).stop(NOW);
        clock("HAM-2026-000005", ServiceClock.ACKNOWLEDGE, past);

        assertThat(gauge(WorkflowMetrics.OPEN, "tier", "FRONTLINE")).isEqualTo(2);
        assertThat(gauge(WorkflowMetrics.OPEN, "tier", "SUPERVISOR")).isEqualTo(1);
        assertThat(gauge(WorkflowMetrics.OPEN, "tier", "MANAGEMENT")).isZero();
        assertThat(gauge(WorkflowMetrics.OPEN, "tier", "HEAD_OFFICE")).isZero();
        assertThat(gauge(WorkflowMetrics.OVERDUE, "clock", "RESOLVE_FRONTLINE")).isEqualTo(1);
        assertThat(gauge(WorkflowMetrics.OVERDUE, "clock", "RESOLVE_SUPERVISOR")).as("a paused clock").isZero();
        assertThat(gauge(WorkflowMetrics.OVERDUE, "clock", "ACKNOWLEDGE")).isEqualTo(1);
        assertThat(registry.get(WorkflowMetrics.JOBS_DUE).gauge().value()).isEqualTo(3);
        assertThat(registry.get(WorkflowMetrics.JOBS_FAILED).gauge().value()).isEqualTo(2);
        assertThat(registry.get(WorkflowMetrics.INCIDENTS).gauge().value()).isEqualTo(1);
    }

    @Test
    void countsBreachesPerClockFromZero() {
        metrics.count(new DeadlineBreached("HAM-2026-000001", "RESOLVE_SUPERVISOR"));

        assertThat(registry.get(WorkflowMetrics.BREACHES).tag("clock", "RESOLVE_SUPERVISOR").counter().count()).isEqualTo(1);
        assertThat(registry.get(WorkflowMetrics.BREACHES).counters()).hasSize(WorkflowMetrics.clocks().size());
        assertThat(WorkflowMetrics.clocks()).isEqualTo(List.of("ACKNOWLEDGE", "RESOLVE_FRONTLINE",
                "RESOLVE_SUPERVISOR", "RESOLVE_MANAGEMENT", "RESOLVE_HEAD_OFFICE"));
    }
}
