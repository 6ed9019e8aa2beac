package org.chantilly.workflow.infrastructure.metrics;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.chantilly.workflow.domain.HandlingRecords;

/**
 * Reads the workflow's figures: one grouped count of the open service clocks and three counts of the engine's
 * runtime tables, which hold only what is still running (never the history).
 */
@ApplicationScoped
@Transactional
class WorkflowFiguresReader {

    @Inject
    HandlingRecords records;

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    @Inject
    Clock clock;

    WorkflowFigures read() {
        return WorkflowFigures.of(records.openClocks(clock.instant()),
                management.createJobQuery().executable().count(),
                management.createJobQuery().noRetriesLeft().count(),
                runtime.createIncidentQuery().count());
    }
}
