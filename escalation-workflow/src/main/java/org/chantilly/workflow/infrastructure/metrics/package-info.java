/**
 * The workflow's meters: complaints waiting at each tier, deadlines overdue and breached, the engine's job backlog,
 * failed jobs and incidents. Figures that need the database are read at most every few seconds, however often
 * Prometheus scrapes.
 */
package org.chantilly.workflow.infrastructure.metrics;
