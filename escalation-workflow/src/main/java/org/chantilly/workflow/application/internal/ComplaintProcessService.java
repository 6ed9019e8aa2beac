package org.chantilly.workflow.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.api.TimelineEntry;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;

/** Reads a complaint's process from the engine's history (history level full keeps every step). */
@ApplicationScoped
@Transactional
class ComplaintProcessService implements ComplaintProcesses {

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    Clock clock = Clock.systemUTC();

    @Override
    public Optional<ProcessView> processOf(String complaintReference) {
        HistoricProcessInstance instance = instanceOf(complaintReference);
        if (instance == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> steps = stepsOf(instance);
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        return Optional.of(new ProcessView(definition.getKey(), definition.getVersion(), bpmnXml(definition),
                steps.stream().filter(step -> step.getEndTime() != null).map(HistoricActivityInstance::getActivityId).toList(),
                instance.getEndTime() != null ? List.of() : runtime.getActiveActivityIds(instance.getId()).stream().sorted().toList(),
                instance.getEndTime() != null));
    }

    @Override
    public Optional<List<TimelineEntry>> timelineOf(String complaintReference) {
        HistoricProcessInstance instance = instanceOf(complaintReference);
        if (instance == null) {
            return Optional.empty();
        }
        Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId()).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, t -> t, (a, b) -> a));
        Instant now = clock.instant();
        return Optional.of(stepsOf(instance).stream().map(step -> {
            HistoricTaskInstance task = tasks.get(step.getId());
            Instant due = task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant();
            Instant ended = step.getEndTime() == null ? null : step.getEndTime().toInstant();
            boolean breached = due != null && (ended == null ? now.isAfter(due) : ended.isAfter(due));
            return new TimelineEntry(step.getActivityId(), step.getActivityName(), step.getActivityType(),
                    step.getStartTime().toInstant(), ended, step.getAssignee(), due, breached);
        }).toList());
    }

    private HistoricProcessInstance instanceOf(String complaintReference) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ComplaintHandlingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(complaintReference)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
    }

    private List<HistoricActivityInstance> stepsOf(HistoricProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
    }

    private String bpmnXml(ProcessDefinition definition) {
        try (InputStream model = repository.getProcessModel(definition.getId())) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
