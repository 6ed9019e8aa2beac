package org.chantilly.workflow.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.HandlingRecord;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.api.TimelineEntry;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.FollowUp;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;
import org.chantilly.workflow.domain.StepNote;

/** A complaint's process: read from the engine's history (level full keeps every step), and driven by events. */
@ApplicationScoped
@Transactional
class ComplaintProcessService implements ComplaintProcesses {

    private static final Logger LOG = Logger.getLogger(ComplaintProcessService.class.getName());

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    HandlingRecords records;

    @Inject
    ResolutionService resolutions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public Optional<ProcessView> processOf(String complaintReference) {
        HistoricProcessInstance instance = instanceOf(complaintReference);
        if (instance == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> steps = stepsOf(instance.getId());
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        return Optional.of(new ProcessView(definition.getKey(), definition.getVersion(), bpmnXml(definition),
                steps.stream().filter(step -> step.getEndTime() != null).map(HistoricActivityInstance::getActivityId).toList(),
                instance.getEndTime() != null ? List.of() : runtime.getActiveActivityIds(instance.getId()).stream().sorted().toList(),
                instance.getEndTime() != null));
    }

    @Override
    public Optional<List<TimelineEntry>> timelineOf(String complaintReference) {
        if (instanceOf(complaintReference) == null) {
            return Optional.empty();
        }
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(complaintReference).list();
        Map<String, String> tiers = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableName(ComplaintTierProcess.VAR_TIER).list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> (String) v.getValue(), (a, b) -> a));
        Map<String, StepNote> notes = records.notesOf(complaintReference).stream().filter(n -> n.taskId() != null)
                .collect(Collectors.toMap(StepNote::taskId, Function.identity(), (a, b) -> b));
        Instant now = clock.instant();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId()).list().stream()
                    .collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, t -> t, (a, b) -> a));
            for (HistoricActivityInstance step : stepsOf(instance.getId())) {
                HistoricTaskInstance task = tasks.get(step.getId());
                Instant due = task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant();
                Instant ended = step.getEndTime() == null ? null : step.getEndTime().toInstant();
                boolean breached = due != null && (ended == null ? now.isAfter(due) : ended.isAfter(due));
                StepNote note = task == null ? null : notes.get(task.getId());
                timeline.add(new TimelineEntry(step.getActivityId(), step.getActivityName(), step.getActivityType(),
                        step.getStartTime().toInstant(), ended, step.getAssignee(), due, breached,
                        tiers.get(instance.getId()), note == null ? null : note.outcome(), note == null ? null : note.reason()));
            }
        }
        timeline.sort(Comparator.comparing(TimelineEntry::started));
        return Optional.of(timeline);
    }

    @Override
    public HandlingRecord recordOf(String complaintReference) {
        Instant now = clock.instant();
        return new HandlingRecord(complaintReference,
                records.resolutionsOf(complaintReference).stream().map(ComplaintProcessService::view).toList(),
                records.meetingsOf(complaintReference).stream().map(m -> new HandlingRecord.MeetingView(m.meetingAt(),
                        m.place(), Arrays.asList(m.attendees().split(", ")), m.outcome(), m.recordedBy(), m.recordedAt())).toList(),
                records.followUpsOf(complaintReference).stream().map(ComplaintProcessService::view).toList(),
                records.clocksOf(complaintReference).stream().map(c -> new HandlingRecord.ClockView(c.clock(),
                        c.startedAt(), c.dueAt(), c.pausedAt(), c.remindedAt(), c.stoppedAt(), c.running(),
                        c.breached(now), c.breachedAt())).toList());
    }

    @Override
    public Optional<String> outcomeLetterOf(String complaintReference) {
        return resolutions.outcomeLetter(complaintReference);
    }

    @Override
    public void pullUp(String complaintReference, String reason, Caller caller) {
        String from = caller.hasRole(Roles.MANAGER) || caller.hasRole(Roles.HEAD_OFFICE)
                ? ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_SUPERVISOR
                : ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_FRONTLINE;
        String waiting = from.equals(ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_SUPERVISOR)
                ? ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER : ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER;
        boolean there = runtime.createExecutionQuery().processInstanceBusinessKey(complaintReference)
                .activityId(waiting).count() > 0;
        if (!there) {
            throw new ConflictException(from.endsWith("Supervisor")
                    ? "The complaint is not with the branch's supervisor; management can pull it up only from there."
                    : "The complaint is not with the frontline; a supervisor can pull it up only from there.");
        }
        correlate(ComplaintHandlingProcess.MESSAGE_COMPLAINT_PULLED_UP, complaintReference, Map.of(),
                "The complaint can no longer be pulled up.");
        records.add(new StepNote(complaintReference, null, from, "PULLED_UP", reason, caller.username(), clock.instant()));
        audit.record(AuditEvent.of(caller.username(), "COMPLAINT_PULLED_UP", "COMPLAINT", complaintReference)
                .about(complaintReference).change("tier", waiting, null));
        LOG.info(() -> "complaint " + complaintReference + " pulled up by " + caller.username());
    }

    @Override
    public void customerReplied(String complaintReference, String note, Caller caller) {
        correlate(ComplaintTierProcess.MESSAGE_CUSTOMER_REPLIED, complaintReference, Map.of(),
                "The complaint is not waiting for the customer.");
        records.add(new StepNote(complaintReference, null, ComplaintTierProcess.INTERMEDIATE_EVENT_CUSTOMER_REPLIED,
                "CUSTOMER_REPLIED", note, caller.username(), clock.instant()));
        audit.record(AuditEvent.of(caller.username(), "CUSTOMER_REPLIED", "COMPLAINT", complaintReference)
                .about(complaintReference).change("waitingForCustomer", true, false));
    }

    @Override
    public void recordAnswer(String complaintReference, boolean satisfied, Caller caller) {
        answer(complaintReference, satisfied, caller.username());
    }

    @Override
    public Optional<String> answerByToken(String token, boolean satisfied) {
        Optional<String> reference = resolutions.referenceOfToken(token);
        reference.ifPresent(r -> answer(r, satisfied, "customer"));
        return reference;
    }

    @Override
    public List<HandlingRecord.FollowUpView> followUpsOf(String employee) {
        return records.followUpsOfEmployee(employee).stream().map(ComplaintProcessService::view).toList();
    }

    private void answer(String complaintReference, boolean satisfied, String by) {
        boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(complaintReference)
                .messageEventSubscriptionName(ComplaintHandlingProcess.MESSAGE_CUSTOMER_ANSWERED).count() > 0;
        if (!waiting) {
            throw new ConflictException("The complaint is not waiting for the customer's answer.");
        }
        resolutions.answer(complaintReference, satisfied, by);
        records.add(new StepNote(complaintReference, null, ComplaintHandlingProcess.INTERMEDIATE_EVENT_CUSTOMER_ANSWERED,
                satisfied ? "SATISFIED" : "NOT_SATISFIED", null, by, clock.instant()));
        correlate(ComplaintHandlingProcess.MESSAGE_CUSTOMER_ANSWERED, complaintReference,
                Map.of(ComplaintHandlingProcess.VAR_SATISFIED, satisfied), "The complaint is not waiting for the customer's answer.");
        LOG.info(() -> "complaint " + complaintReference + ": customer " + (satisfied ? "satisfied" : "not satisfied"));
    }

    private void correlate(String message, String reference, Map<String, Object> variables, String conflict) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference)
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException(conflict);
        }
    }

    static HandlingRecord.ResolutionView view(Resolution r) {
        return new HandlingRecord.ResolutionView(r.id(), r.tier().name(), r.remedy().name(),
                new Money(r.amount(), r.currency()), r.saidToCustomer(), r.proposedBy(), r.proposedAt(), r.status().name(),
                r.policyVersion(), r.policyApplied(), r.resolvedAt(), r.outcomeToldBy(), r.outcomeToldAt(), r.satisfied(), r.answeredBy(),
                r.answeredAt());
    }

    static HandlingRecord.FollowUpView view(FollowUp f) {
        return new HandlingRecord.FollowUpView(f.id(), f.complaintReference(), f.employee(), f.kind().name(), f.note(),
                f.scheduledFor(), f.status().name(), f.decidedBy(), f.decidedAt(), f.doneOn(), f.confirmedBy());
    }

    private HistoricProcessInstance instanceOf(String complaintReference) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ComplaintHandlingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(complaintReference)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
    }

    private List<HistoricActivityInstance> stepsOf(String instanceId) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
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
