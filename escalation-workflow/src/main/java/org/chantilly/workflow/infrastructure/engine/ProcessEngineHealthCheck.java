package org.chantilly.workflow.infrastructure.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the engine runs, its job executor is active and the complaint process is deployed; down while the
 * application's start-up has not yet built the engine and deployed the models (the probe never starts the engine).
 */
@Readiness
@ApplicationScoped
public class ProcessEngineHealthCheck implements HealthCheck {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        var started = bootstrap.started();
        if (started.isEmpty()) {
            return HealthCheckResponse.named("process-engine").down().withData("engine", "not started yet").build();
        }
        try {
            var engine = started.get();
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(ComplaintHandlingProcess.PROCESS_KEY).count();
            var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                    engine.getProcessEngineConfiguration();
            boolean jobsActive = configuration.getJobExecutor().isActive() || !bootstrap.jobExecutorEnabled;
            return HealthCheckResponse.named("process-engine")
                    .status(definitions > 0 && jobsActive)
                    .withData("engine", engine.getName())
                    .withData("complaintProcessVersions", definitions)
                    .withData("jobExecutorActive", configuration.getJobExecutor().isActive())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
