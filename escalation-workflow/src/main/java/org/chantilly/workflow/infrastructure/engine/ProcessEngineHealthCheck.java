package org.chantilly.workflow.infrastructure.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the engine runs, its job executor is active and the complaint process is deployed. */
@Readiness
@ApplicationScoped
public class ProcessEngineHealthCheck implements HealthCheck {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        try {
            var engine = bootstrap.engine();
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
