package org.chantilly.workflow.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The history the engine keeps, and the move of a database that kept "full" history to it. */
class KeptHistoryTest {

    private static final String URL = "jdbc:h2:mem:kept-history;DB_CLOSE_DELAY=-1";

    @Test
    void keepsWhatTheTimelineTheReportAndDecisionReplayNeedAndLeavesOutVariableUpdateDetail() {
        assertThat(KeptHistory.KEPT_VARIABLES).containsExactlyInAnyOrder(ComplaintTierProcess.VAR_TIER,
                ComplaintTierProcess.VAR_EMPOWERMENT_DECISION);
        for (HistoryEventTypes kept : List.of(HistoryEventTypes.PROCESS_INSTANCE_START, HistoryEventTypes.ACTIVITY_INSTANCE_END,
                HistoryEventTypes.TASK_INSTANCE_COMPLETE, HistoryEventTypes.INCIDENT_CREATE,
                HistoryEventTypes.DMN_DECISION_EVALUATE, HistoryEventTypes.JOB_SUCCESS,
                HistoryEventTypes.VARIABLE_INSTANCE_CREATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)) {
            assertThat(KeptHistory.LEVEL.isHistoryEventProduced(kept, null)).as(kept.getEventName()).isTrue();
        }
        assertThat(KeptHistory.LEVEL.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, null))
                .isFalse();
    }

    @Test
    void aDatabaseThatKeptFullHistoryMovesToTheKeptHistoryKeepingWhatItHas() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa"); // as the engine connects
        KeptHistory.adopt(dataSource); // an empty database: nothing to move, the engine's scripts make the tables

        ProcessEngine full = engine(ProcessEngineConfiguration.HISTORY_FULL);
        full.getRepositoryService().createDeployment().addModelInstance("counting.bpmn",
                Bpmn.createExecutableProcess("counting").camundaHistoryTimeToLive(1).startEvent().userTask("count")
                        .endEvent().done()).deploy();
        String before = full.getRuntimeService().startProcessInstanceByKey("counting", Map.of("n", 1)).getId();
        full.getRuntimeService().setVariable(before, "n", 2);
        assertThat(full.getHistoryService().createHistoricDetailQuery().processInstanceId(before).count()).isEqualTo(2);
        full.close();

        KeptHistory.adopt(dataSource);
        ProcessEngine kept = engine(KeptHistory.NAME);
        try {
            assertThat(((ProcessEngineConfigurationImpl) kept.getProcessEngineConfiguration()).getHistoryLevel())
                    .isSameAs(KeptHistory.LEVEL);
            String after = kept.getRuntimeService().startProcessInstanceByKey("counting",
                    Map.of("n", 1, ComplaintTierProcess.VAR_TIER, "FRONTLINE")).getId();
            kept.getRuntimeService().setVariable(after, "n", 2);
            kept.getRuntimeService().setVariable(after, ComplaintTierProcess.VAR_TIER, "SUPERVISOR");

            assertThat(kept.getHistoryService().createHistoricDetailQuery().processInstanceId(after).count()).isZero();
            assertThat(kept.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(after).list())
                    .as("only the variables the application reads back have a history")
                    .singleElement().satisfies(tier -> {
                        assertThat(tier.getName()).isEqualTo(ComplaintTierProcess.VAR_TIER);
                        assertThat(tier.getValue()).isEqualTo("SUPERVISOR");
                    });
            assertThat(kept.getRuntimeService().getVariable(after, "n")).isEqualTo(2);
            assertThat(kept.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(after)
                    .activityId("count").count()).isOne();
            assertThat(kept.getHistoryService().createHistoricDetailQuery().processInstanceId(before).count())
                    .as("the history written before stays").isEqualTo(2);
        } finally {
            kept.close();
        }
    }

    private static ProcessEngine engine(String history) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("kept-history-" + history);
        configuration.setJdbcUrl(URL);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setCustomHistoryLevels(List.of(KeptHistory.LEVEL));
        configuration.setHistory(history);
        return configuration.buildProcessEngine();
    }
}
