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
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.HandlingRecord;
import org.chantilly.workflow.api.ProcessAction;
import org.chantilly.workflow.api.ProcessView;
import org.chantilly.workflow.api.TimelineEntry;
import org.chantilly.workflow.api.WorkflowMessage;
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

    /** How long an entry of the complaint's history may be. */
    static final int HISTORY_DETAILS = 1000;

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
    ComplaintIntake intake;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public Optional<ProcessView> processOf(String complaintReference) {
        return Optional.ofNullable(instanceOf(complaintReference)).map(this::view);
    }

    @Override
    public Optional<ProcessView> processOf(String complaintReference, String processInstanceId) {
        if (complaintReference == null || processInstanceId == null || processInstanceId.isBlank()) {
            return Optional.empty();
        }
        // every process of a complaint, its own and each tier's, carries the complaint's reference as business key
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .processInstanceBusinessKey(complaintReference).list().stream()
                .filter(instance -> ComplaintHandlingProcess.PROCESS_KEY.equals(instance.getProcessDefinitionKey())
                        || ComplaintTierProcess.PROCESS_KEY.equals(instance.getProcessDefinitionKey()))
                .findFirst().map(this::view);
    }

    /** A process instance with its model, its path and the processes it called, read from the engine's history. */
    private ProcessView view(HistoricProcessInstance instance) {
        List<HistoricActivityInstance> steps = stepsOf(instance.getId());
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        boolean ended = instance.getEndTime() != null;
        List<String> active = ended ? List.of()
                : runtime.getActiveActivityIds(instance.getId()).stream().sorted().toList();
        List<ProcessView.Step> path = steps.stream().map(step -> new ProcessView.Step(step.getActivityId(),
                step.getActivityName(), step.getActivityType(), instant(step.getStartTime()),
                instant(step.getEndTime()), step.getCalledProcessInstanceId())).toList();
        // the called processes in the order of the path (by start and, within one instant, by occurrence)
        Map<String, String> callOf = new LinkedHashMap<>();
        steps.stream().filter(step -> step.getCalledProcessInstanceId() != null)
                .forEach(step -> callOf.putIfAbsent(step.getCalledProcessInstanceId(), step.getActivityId()));
        List<String> instanceIds = new ArrayList<>(callOf.keySet());
        instanceIds.add(instance.getId());
        Map<String, String> tiers = tiersOf(instanceIds);
        List<String> order = new ArrayList<>(callOf.keySet());
        List<ProcessView.CalledProcess> called = callOf.isEmpty() ? List.of()
                : history.createHistoricProcessInstanceQuery().processInstanceIds(callOf.keySet()).list().stream()
                        .map(sub -> new ProcessView.CalledProcess(callOf.get(sub.getId()), sub.getId(),
                                sub.getProcessDefinitionKey(),
                                sub.getProcessDefinitionVersion() == null ? 0 : sub.getProcessDefinitionVersion(),
                                tiers.get(sub.getId()), instant(sub.getStartTime()), instant(sub.getEndTime())))
                        .sorted(Comparator.comparing(c -> order.indexOf(c.processInstanceId())))
                        .toList();
        List<String> passed = steps.stream().filter(step -> step.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId).toList();
        return new ProcessView(instance.getId(), definition.getKey(), definition.getVersion(),
                ComplaintTierProcess.PROCESS_KEY.equals(definition.getKey()) ? tiers.get(instance.getId()) : null,
                calledFrom(instance), bpmnXml(definition), passed, active, ended, path, called);
    }

    /** The tier each of the process instances decides at, by instance id (the complaint's own process has none). */
    private Map<String, String> tiersOf(List<String> instanceIds) {
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName(ComplaintTierProcess.VAR_TIER).list().stream()
                .filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                        v -> String.valueOf(v.getValue()), (a, b) -> a));
    }

    /** The call activity of the calling process that started this one; null for a process nobody called. */
    private String calledFrom(HistoricProcessInstance instance) {
        if (instance.getSuperProcessInstanceId() == null) {
            return null;
        }
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getSuperProcessInstanceId())
                .activityType("callActivity").list().stream()
                .filter(call -> instance.getId().equals(call.getCalledProcessInstanceId()))
                .map(HistoricActivityInstance::getActivityId).findFirst().orElse(null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
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
    public Set<ProcessAction> actionsOf(String complaintReference, Caller caller) {
        Set<ProcessAction> actions = EnumSet.noneOf(ProcessAction.class);
        boolean management = caller.hasRole(Roles.MANAGER) || caller.hasRole(Roles.HEAD_OFFICE);
        if (!management && !caller.hasRole(Roles.SUPERVISOR) && !caller.hasRole(Roles.FRONTLINE)) {
            return actions;
        }
        if ((management || caller.hasRole(Roles.SUPERVISOR)) && waitsAt(complaintReference, pulledUpFrom(caller))) {
            actions.add(ProcessAction.PULL_UP);
        }
        if (waitsFor(complaintReference, ComplaintTierProcess.MESSAGE_CUSTOMER_REPLIED)) {
            actions.add(ProcessAction.CUSTOMER_REPLY);
        }
        if (waitsFor(complaintReference, ComplaintHandlingProcess.MESSAGE_CUSTOMER_ANSWERED)) {
            actions.add(ProcessAction.CUSTOMER_ANSWER);
        }
        return actions;
    }

    /** Where the caller pulls a complaint up from: management from the supervisor's tier, a supervisor the frontline's. */
    private static String pulledUpFrom(Caller caller) {
        return caller.hasRole(Roles.MANAGER) || caller.hasRole(Roles.HEAD_OFFICE)
                ? ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER : ComplaintHandlingProcess.CALL_ACTIVITY_FRONTLINE_TIER;
    }

    private boolean waitsAt(String complaintReference, String activityId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(complaintReference).activityId(activityId)
                .count() > 0;
    }

    /** Whether one of the complaint's processes (its tiers carry its reference too) waits for the message. */
    private boolean waitsFor(String complaintReference, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(complaintReference)
                .messageEventSubscriptionName(message).count() > 0;
    }

    @Override
    public void pullUp(String complaintReference, String reason, Caller caller) {
        String waiting = pulledUpFrom(caller);
        String from = waiting.equals(ComplaintHandlingProcess.CALL_ACTIVITY_SUPERVISOR_TIER)
                ? ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_SUPERVISOR
                : ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_FRONTLINE;
        if (!waitsAt(complaintReference, waiting)) {
            throw new ConflictException(from.endsWith("Supervisor") ? WorkflowMessage.NOT_WITH_SUPERVISOR
                    : WorkflowMessage.NOT_WITH_FRONTLINE);
        }
        // in the complaint's history before the status change the next tier records
        intake.recordStep(complaintReference, "PULLED_UP", caller.username(), historyDetails("from "
                + (from.endsWith("Supervisor") ? "SUPERVISOR" : "FRONTLINE") + ": " + reason));
        correlate(ComplaintHandlingProcess.MESSAGE_COMPLAINT_PULLED_UP, complaintReference, Map.of(),
                WorkflowMessage.CANNOT_PULL_UP);
        records.add(new StepNote(complaintReference, null, from, "PULLED_UP", reason, caller.username(), clock.instant()));
        audit.record(AuditEvent.of(caller.username(), "COMPLAINT_PULLED_UP", "COMPLAINT", complaintReference)
                .about(complaintReference).change("tier", waiting, null));
        LOG.info(() -> "complaint " + complaintReference + " pulled up by " + caller.username());
    }

    @Override
    public void customerReplied(String complaintReference, String note, Caller caller) {
        correlate(ComplaintTierProcess.MESSAGE_CUSTOMER_REPLIED, complaintReference, Map.of(),
                WorkflowMessage.NOT_AWAITING_CUSTOMER);
        intake.recordStep(complaintReference, "CUSTOMER_REPLIED", caller.username(), historyDetails(note));
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
            throw new ConflictException(WorkflowMessage.NOT_AWAITING_ANSWER);
        }
        resolutions.answer(complaintReference, satisfied, by);
        records.add(new StepNote(complaintReference, null, ComplaintHandlingProcess.INTERMEDIATE_EVENT_CUSTOMER_ANSWERED,
                satisfied ? "SATISFIED" : "NOT_SATISFIED", null, by, clock.instant()));
        correlate(ComplaintHandlingProcess.MESSAGE_CUSTOMER_ANSWERED, complaintReference,
                Map.of(ComplaintHandlingProcess.VAR_SATISFIED, satisfied), WorkflowMessage.NOT_AWAITING_ANSWER);
        LOG.info(() -> "complaint " + complaintReference + ": customer " + (satisfied ? "satisfied" : "not satisfied"));
    }

    /** A text for the complaint's history, which keeps at most 1000 characters per entry. */
    static String historyDetails(String text) {
        return text == null || text.length() <= HISTORY_DETAILS ? text : text.substring(0, HISTORY_DETAILS - 1) + "…";
    }

    private void correlate(String message, String reference, Map<String, Object> variables,
                           WorkflowMessage conflict) {
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
