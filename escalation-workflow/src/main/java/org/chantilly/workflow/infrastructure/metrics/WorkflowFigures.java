package org.chantilly.workflow.infrastructure.metrics;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chantilly.workflow.domain.OpenClocks;

/**
 * One reading of the workflow's figures.
 *
 * @param clocks        the open service clocks per clock name (names without an open clock are missing)
 * @param dueJobs       jobs due now that no job executor has run yet: the backlog
 * @param failedJobs    jobs without retries left (each has an incident)
 * @param openIncidents the engine's open incidents
 */
record WorkflowFigures(Map<String, OpenClocks> clocks, long dueJobs, long failedJobs, long openIncidents) {

    static WorkflowFigures of(List<OpenClocks> clocks, long dueJobs, long failedJobs, long openIncidents) {
        return new WorkflowFigures(clocks.stream().collect(Collectors.toUnmodifiableMap(OpenClocks::clock,
                Function.identity())), dueJobs, failedJobs, openIncidents);
    }

    long open(String clock) {
        OpenClocks counts = clocks.get(clock);
        return counts == null ? 0 : counts.open();
    }

    long overdue(String clock) {
        OpenClocks counts = clocks.get(clock);
        return counts == null ? 0 : counts.overdue();
    }
}
