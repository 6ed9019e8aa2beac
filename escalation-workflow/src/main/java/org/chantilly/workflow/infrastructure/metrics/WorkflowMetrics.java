package org.chantilly.workflow.infrastructure.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.workflow.domain.DeadlineBreached;
import org.chantilly.workflow.domain.ServiceClock;

/**
 * Registers the workflow's meters at start-up (README: Metrics). The gauges share one {@link Refreshing} reading of
 * {@link WorkflowFiguresReader}, so a scrape costs at most one set of four counting queries every
 * {@link #REFRESH}, and none between. Breaches are counted after the transaction that recorded them commits.
 */
@ApplicationScoped
class WorkflowMetrics {

    /** How old a gauge's figure may be: shorter than Prometheus' usual scrape interval of 15 to 60 seconds. */
    static final Duration REFRESH = Duration.ofSeconds(10);

    static final String OPEN = "chantilly.complaints.open";
    static final String OVERDUE = "chantilly.deadlines.overdue";
    static final String BREACHES = "chantilly.deadline.breaches";
    static final String JOBS_DUE = "chantilly.jobs.due";
    static final String JOBS_FAILED = "chantilly.jobs.failed";
    static final String INCIDENTS = "chantilly.incidents.open";

    @Inject
    MeterRegistry registry;

    @Inject
    WorkflowFiguresReader reader;

    void register(@Observes Startup startup) {
        Refreshing<WorkflowFigures> figures = new Refreshing<>(reader::read, REFRESH, System::nanoTime);
        for (EscalationTier tier : EscalationTier.values()) {
            gauge(OPEN, "Complaints waiting for a tier's decision (its clock running or paused for the customer)",
                    figures, f -> f.open(ServiceClock.ofTier(tier.name()))).tag("tier", tier.name()).register(registry);
        }
        for (String clock : clocks()) {
            gauge(OVERDUE, "Running service clocks past their due time, per clock: deadlines breached but not yet acted on",
                    figures, f -> f.overdue(clock)).tag("clock", clock).register(registry);
            breaches(clock);
        }
        gauge(JOBS_DUE, "Process engine jobs due now and not yet executed (the job executor's backlog)",
                figures, WorkflowFigures::dueJobs).register(registry);
        gauge(JOBS_FAILED, "Process engine jobs that failed with no retries left",
                figures, WorkflowFigures::failedJobs).register(registry);
        gauge(INCIDENTS, "Open incidents of the process engine (failed steps waiting for an administrator)",
                figures, WorkflowFigures::openIncidents).register(registry);
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineBreached breach) {
        breaches(breach.clock()).increment();
    }

    /** The clock's counter; the registry hands out the one it registered first. */
    private Counter breaches(String clock) {
        return Counter.builder(BREACHES)
                .description("Service clocks stopped after their due time since the server started, per clock")
                .tag("clock", clock)
                .register(registry);
    }

    /** A gauge over the shared reading; it holds the reading strongly (Micrometer would otherwise hold it weakly). */
    private static Gauge.Builder<Refreshing<WorkflowFigures>> gauge(String name, String help,
            Refreshing<WorkflowFigures> figures, ToDoubleFunction<WorkflowFigures> figure) {
        return Gauge.builder(name, figures, f -> figure.applyAsDouble(f.get())).description(help).strongReference(true);
    }

    /** The acknowledgement clock and each tier's. */
    static List<String> clocks() {
        List<String> clocks = new ArrayList<>();
        clocks.add(ServiceClock.ACKNOWLEDGE);
        for (EscalationTier tier : EscalationTier.values()) {
            clocks.add(ServiceClock.ofTier(tier.name()));
        }
        return clocks;
    }
}
