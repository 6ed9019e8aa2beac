package org.chantilly.workflow.infrastructure.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.chantilly.platform.api.Datasource;
import org.chantilly.platform.api.StartupOrder;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.HandbookPublicationProcess;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the one process engine of the application at start-up and deploys the BPMN models that ship with it
 * (a model that has not changed is not deployed again). The engine joins the caller's JTA transaction, so domain
 * writes and engine writes commit or roll back together; its tables come from the engine's own scripts.
 */
@ApplicationScoped
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    /** Where the server configuration binds the job executor's pool. */
    static final String JOB_THREADS = "java:jboss/ee/concurrency/executor/chantilly-jobs";

    /** Every BPMN model and decision table of the application, deployed together (call activities bind to their deployment). */
    static final List<String> MODELS = List.of(ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
            ComplaintTierProcess.DECISION_RESOURCE, HandbookPublicationProcess.RESOURCE);

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    /**
     * The job executor's own bounded pool (configure-server.cli: {@code chantilly.jobs.threads},
     * {@code chantilly.jobs.queue-length}), apart from the container's default one that serves requests.
     */
    @Resource(lookup = JOB_THREADS)
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    BeanManager beanManager;

    @Inject
    @Any
    Instance<ProcessEnginePlugin> plugins;

    @Inject
    @ConfigProperty(name = "chantilly.jobs.enabled", defaultValue = "true")
    boolean jobExecutorEnabled;

    /** How many due jobs one acquisition locks (the engine's default is 3); see README, Performance. */
    @Inject
    @ConfigProperty(name = "chantilly.jobs.max-jobs-per-acquisition", defaultValue = "10")
    int maxJobsPerAcquisition;

    /**
     * The longest an idle job executor waits before it looks for due jobs again (the engine's default backs off to a
     * minute): how late a deadline timer can fire when nothing else is going on.
     */
    @Inject
    @ConfigProperty(name = "chantilly.jobs.idle-wait", defaultValue = "PT1S")
    Duration idleWait;

    /**
     * How long a job stays locked to the executor that took it. A server that dies while running jobs leaves them
     * locked: after a restart they run once this time has passed (the engine's default of five minutes is long for
     * that). It must stay longer than the slowest job runs, or a second run of it would start meanwhile.
     */
    @Inject
    @ConfigProperty(name = "chantilly.jobs.lock-time", defaultValue = "PT1M")
    Duration jobLockTime;

    @Inject
    JobRetryCycle retryCycle;

    @Inject
    Clock clock;

    private volatile ProcessEngine engine;
    /** Set once the models are deployed: from then on the engine serves the application. */
    private volatile ProcessEngine started;

    void onStartup(@Observes @Priority(StartupOrder.PROCESS_ENGINE) Startup startup) {
        engine();
    }

    synchronized ProcessEngine engine() {
        if (engine == null) {
            engine = build();
            deployModels(engine.getRepositoryService());
            started = engine;
        }
        return engine;
    }

    /**
     * The engine once it is built and its models are deployed; empty before. Unlike {@link #engine()} it starts
     * nothing, so a health probe that comes early cannot start the engine ahead of the application's start-up.
     */
    Optional<ProcessEngine> started() {
        return Optional.ofNullable(started);
    }

    private ProcessEngine build() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("chantilly");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // history kept for a reason, without the detail row of every variable update (KeptHistory)
        configuration.setCustomHistoryLevels(List.of(KeptHistory.LEVEL));
        configuration.setHistory(KeptHistory.NAME);
        // ids made in memory: the engine's default takes a block of ids from the database in a transaction of its own,
        // that is a second pooled connection while the request holds one; under load every connection was held by a
        // request waiting for that second one, and the pool stood still (README, Performance)
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setEnforceHistoryTimeToLive(true);
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor, threadFactory, jobLockTime);
        jobExecutor.setMaxJobsPerAcquisition(maxJobsPerAcquisition);
        jobExecutor.setMaxWait(idleWait.toMillis());
        jobExecutor.setWaitTimeInMillis((int) Math.min(jobExecutor.getWaitTimeInMillis(), idleWait.toMillis()));
        // a full pool makes the acquiring thread run the batch itself: no job it took waits for its lock to expire
        jobExecutor.setRejectedJobsHandler(new CallerRunsRejectedJobsHandler());
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(jobExecutorEnabled);
        // deadlines first: every job gets a due date (an asynchronous step the time it was created), the acquisition
        // takes timers before asynchronous steps and then the earliest due, through the index JobDueDateIndex keeps
        configuration.setEnsureJobDueDateNotNull(true);
        configuration.setJobExecutorAcquireByDueDate(true);
        configuration.setJobExecutorPreferTimerJobs(true);
        configuration.setExpressionManager(new CdiExpressionManager(beanManager));
        configuration.setProcessEnginePlugins(plugins.stream().toList());
        String cycle = retryCycle.cycle();
        KeptHistory.adopt(dataSource);
        ProcessEngine built = configuration.buildProcessEngine();
        JobDueDateIndex.ensure(dataSource, clock.instant());
        LOG.info(() -> "process engine '" + built.getName() + "' started (history '" + KeptHistory.NAME + "', job executor "
                + (jobExecutorEnabled ? "on" : "off") + ", jobs locked for " + jobLockTime + ", failed steps retried "
                + cycle + ")");
        return built;
    }

    private static void deployModels(RepositoryService repository) {
        var builder = repository.createDeployment()
                .name("chantilly-workflow")
                .enableDuplicateFiltering(false);
        MODELS.forEach(builder::addClasspathResource);
        Deployment deployment = builder.deploy();
        LOG.info(() -> "BPMN models deployed as deployment " + deployment.getId());
    }

    @Produces
    ProcessEngine processEngine() {
        return engine();
    }

    @Produces
    RuntimeService runtimeService() {
        return engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return engine().getTaskService();
    }

    @Produces
    ManagementService managementService() {
        return engine().getManagementService();
    }

    @Produces
    HistoryService historyService() {
        return engine().getHistoryService();
    }

    @Produces
    DecisionService decisionService() {
        return engine().getDecisionService();
    }

    @Produces
    RepositoryService repositoryService() {
        return engine().getRepositoryService();
    }

    @PreDestroy
    synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
