package org.chantilly.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/** An engine on an in-memory H2 for tests of the workflow's services: job executor off, delegates mocked by name. */
public final class InMemoryEngine {

    private InMemoryEngine() {
    }

    /** The JUnit extension that gives a test class its own engine (named after its database). */
    public static ProcessEngineExtension extension(String database) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }
}
