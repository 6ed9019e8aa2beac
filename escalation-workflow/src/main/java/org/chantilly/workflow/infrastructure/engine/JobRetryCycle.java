package org.chantilly.workflow.infrastructure.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often, and how far apart, the engine runs a failed step again before it raises an incident
 * ({@code chantilly.jobs.retry-cycle}, an ISO 8601 repeating interval, by default {@code R6/PT10M}). The models name it
 * as {@code ${jobRetryCycle}} in {@code camunda:failedJobRetryTimeCycle}: an operator (or a test that cannot wait an
 * hour for a mail server) sets it without touching a model. A value the engine cannot read stops the start-up, since
 * the engine would otherwise fall back to three immediate retries without a word.
 */
@ApplicationScoped
class JobRetryCycle {

    static final String DEFAULT = "R6/PT10M";

    @Inject
    @ConfigProperty(name = "chantilly.jobs.retry-cycle", defaultValue = DEFAULT)
    String configured;

    /** The configured cycle, checked (the engine's start-up asks for it, so a wrong value stops the start). */
    @Produces
    @Named(ComplaintHandlingProcess.JOB_RETRY_CYCLE)
    String cycle() {
        return checked(configured);
    }

    /** The cycle, if the engine can read it as a repeating interval; else an exception naming the setting. */
    static String checked(String cycle) {
        String value = cycle == null ? "" : cycle.trim();
        try {
            if (!value.startsWith("R") || !new DurationHelper(value).isRepeat()) {
                throw new IllegalArgumentException("not a repeating interval");
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("chantilly.jobs.retry-cycle must be an ISO 8601 repeating interval "
                    + "such as " + DEFAULT + " (repetitions and the wait between them), not '" + cycle + "'", e);
        }
        return value;
    }
}
