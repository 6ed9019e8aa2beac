package org.chantilly.workflow;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.chantilly.workflow.infrastructure.engine.KeptHistory;
import org.junit.jupiter.api.extension.ExtensionContext;

/** An engine on an in-memory H2 for tests of the workflow's services: job executor off, delegates mocked by name. */
public final class InMemoryEngine {

    private InMemoryEngine() {
    }

    /**
     * An engine configuration that records flow-node coverage (for the process tests), with the history time to
     * live enforced as in production.
     */
    public static ProcessEngineConfiguration withCoverage(String name) {
        ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        configuration.setCustomHistoryLevels(List.of(KeptHistory.LEVEL));
        configuration.setHistory(KeptHistory.NAME);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration;
    }

    /** The JUnit extension that gives a test class its own engine (named after its database). */
    public static ProcessEngineExtension extension(String database) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        configuration.setCustomHistoryLevels(List.of(KeptHistory.LEVEL));
        configuration.setHistory(KeptHistory.NAME);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        return new AtFixtureTime().useProcessEngine(engine).build();
    }

    /** Sets the engine's clock to {@link ProcessFixture#NOW} before each test (the extension resets it after). */
    static final class AtFixtureTime extends ProcessEngineExtension implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            ClockUtil.setCurrentTime(Date.from(ProcessFixture.NOW));
        }
    }
}
