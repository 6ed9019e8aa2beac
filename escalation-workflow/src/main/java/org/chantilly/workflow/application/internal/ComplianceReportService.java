package org.chantilly.workflow.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.SignatureStatus;
import org.chantilly.handbook.api.HandbookViews.SignatureView;
import org.chantilly.handbook.api.HandbookViews.VersionView;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Organisation;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.api.ComplianceReport.BranchFigures;
import org.chantilly.workflow.api.ComplianceReport.NonConforming;
import org.chantilly.workflow.api.ComplianceReport.OutOfAuthority;
import org.chantilly.workflow.api.ComplianceReport.Signatures;
import org.chantilly.workflow.api.ComplianceReport.UnsignedResolution;
import org.chantilly.workflow.api.ComplianceReports;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.PathConformance;
import org.chantilly.workflow.domain.Resolution;

/**
 * The compliance report: complaints from intake, clocks and resolutions from the workflow's records, signatures from
 * the handbook, and the paths from the engine's history (level full keeps every step). Reads only.
 */
@ApplicationScoped
@Transactional
class ComplianceReportService implements ComplianceReports {

    /** Complaints read from intake per query. */
    static final int PAGE = 500;

    private static final Set<ComplaintStatus> OPEN = EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED,
            ComplaintStatus.ESCALATED, ComplaintStatus.REOPENED);

    @Inject
    ComplaintIntake intake;

    @Inject
    HandlingRecords records;

    @Inject
    Handbook handbook;

    @Inject
    Organisation organisation;

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @Inject
    Clock clock;

    @Override
    public ComplianceReport report(LocalDate from, LocalDate to, List<String> branchCodes) {
        return audited(from, to, branchCodes).report();
    }

    /** The report and the complaints it audited, for breakdowns that need them one by one. */
    record Audited(ComplianceReport report, List<AuditedComplaint> complaints) {
    }

    Audited audited(LocalDate from, LocalDate to, List<String> branchCodes) {
        Instant now = clock.instant();
        Audit audit = new Audit();
        Map<String, List<SignatureStatus>> signatures = handbook.signatureStatus(branchCodes).stream()
                .filter(s -> s.branchCode() != null)
                .collect(Collectors.groupingBy(SignatureStatus::branchCode));
        List<AuditedComplaint> all = new ArrayList<>();
        List<BranchFigures> byBranch = new ArrayList<>();
        for (String code : branchCodes) {
            List<AuditedComplaint> complaints = received(code, from, to).stream().map(audit::of).toList();
            all.addAll(complaints);
            byBranch.add(new BranchFigures(code, ComplianceFigures.of(complaints,
                    signatures(signatures.getOrDefault(code, List.of())), now)));
        }
        List<SignatureStatus> everyone = signatures.values().stream().flatMap(List::stream).toList();
        return new Audited(new ComplianceReport(from, to, now, List.copyOf(branchCodes),
                ComplianceFigures.of(all, signatures(everyone), now), byBranch,
                all.stream().flatMap(c -> c.outOfAuthority().stream()).toList(),
                all.stream().flatMap(c -> c.unsigned().stream()).toList(),
                all.stream().filter(c -> !c.deviations().isEmpty())
                        .map(c -> new NonConforming(c.reference(), c.branchCode(), c.deviations())).toList()),
                List.copyOf(all));
    }

    @Override
    public String csv(ComplianceReport report) {
        return ComplianceReportFormats.csv(report);
    }

    @Override
    public String printable(ComplianceReport report) {
        return ComplianceReportFormats.html(report);
    }

    /** The complaints the branch received on those days of its own calendar, oldest first. */
    private List<ComplaintListItem> received(String branchCode, LocalDate from, LocalDate to) {
        ZoneId zone = organisation.branch(branchCode)
                .orElseThrow(() -> new IllegalArgumentException("no branch " + branchCode)).timeZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<ComplaintListItem> items = new ArrayList<>();
        ComplaintPage page;
        int number = 0;
        do {
            page = intake.search(new ComplaintQuery(List.of(branchCode), null, null, null, null, null, start, end, null,
                    ComplaintQuery.Sort.RECEIVED_AT_ASC, number++, PAGE));
            items.addAll(page.items());
        } while (page.items().size() == PAGE);
        return items;
    }

    private static Signatures signatures(List<SignatureStatus> staff) {
        return ComplianceFigures.signatures(staff.size(), (int) staff.stream().filter(SignatureStatus::signed).count(),
                (int) staff.stream().filter(SignatureStatus::overdue).count());
    }

    /** One report's audit of complaints, remembering what it read that others need again (models, signatures). */
    private final class Audit {

        private final Map<String, PathConformance.Model> models = new HashMap<>();
        private final Map<String, List<SignatureView>> signatures = new HashMap<>();
        private final Map<String, Map<String, String>> policies = new HashMap<>();

        AuditedComplaint of(ComplaintListItem complaint) {
            String reference = complaint.reference();
            List<Resolution> granted = records.resolutionsOf(reference).stream()
                    .filter(r -> r.status() == Resolution.Status.RESOLVED).toList();
            List<OutOfAuthority> outOfAuthority = new ArrayList<>();
            List<UnsignedResolution> unsigned = new ArrayList<>();
            for (Resolution resolution : granted) {
                RemedyAuthority.Judgement judgement = RemedyAuthority.judge(resolution, () -> policy(resolution.policyVersion()));
                judgement.breach().ifPresent(reason -> outOfAuthority.add(new OutOfAuthority(reference,
                        complaint.branchCode(), resolution.tier().name(), resolution.remedy().name(),
                        new Money(resolution.amount(), resolution.currency()), judgement.limit(), resolution.proposedBy(),
                        resolution.resolvedAt(), resolution.policyVersion(), reason)));
                signature(resolution, complaint.branchCode()).ifPresent(unsigned::add);
            }
            return new AuditedComplaint(reference, complaint.branchCode(), complaint.receivedAt(),
                    OPEN.contains(complaint.status()), records.clocksOf(reference), granted, outOfAuthority, unsigned,
                    deviations(reference, complaint.status(), !granted.isEmpty()));
        }

        /** The resolution if its employee had not signed the version it is stamped with by the time it was granted. */
        private Optional<UnsignedResolution> signature(Resolution resolution, String branchCode) {
            Optional<Instant> signedAt = signatures.computeIfAbsent(resolution.proposedBy(), handbook::signaturesOf).stream()
                    .filter(s -> String.valueOf(s.version()).equals(resolution.policyVersion()))
                    .map(SignatureView::signedAt).findFirst();
            if (signedAt.isPresent() && resolution.resolvedAt() != null && !signedAt.get().isAfter(resolution.resolvedAt())) {
                return Optional.empty();
            }
            return Optional.of(new UnsignedResolution(resolution.complaintReference(), branchCode, resolution.tier().name(), resolution.proposedBy(), resolution.resolvedAt(), resolution.policyVersion(),
                    signedAt.orElse(null)));
        }

        private Map<String, String> policy(String version) {
            return policies.computeIfAbsent(version, v -> handbook.version(Integer.parseInt(v))
                    .map(VersionView::policy).orElse(Map.of()));
        }

        /**
         * Where the complaint's recorded path breaks the models it ran on (its handling process and every tier process
         * it called, all carrying its reference as business key), and the rules of how a complaint ends: a closed
         * complaint has a completed process and a granted remedy; a completed process belongs to a closed complaint;
         * a process is never cancelled.
         */
        private List<String> deviations(String reference, ComplaintStatus status, boolean resolved) {
            List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).list();
            List<String> reasons = new ArrayList<>();
            List<HistoricProcessInstance> handling = instances.stream()
                    .filter(i -> ComplaintHandlingProcess.PROCESS_KEY.equals(i.getProcessDefinitionKey())).toList();
            if (handling.size() != 1) {
                reasons.add(handling.isEmpty() ? "no handling process recorded" : handling.size() + " handling processes recorded");
            }
            for (HistoricProcessInstance instance : instances) {
                boolean completed = HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState());
                reasons.addAll(PathConformance.deviations(instance.getProcessDefinitionKey(),
                        models.computeIfAbsent(instance.getProcessDefinitionId(), ComplianceReportService.this::model),
                        steps(instance.getId()), completed));
            }
            for (HistoricProcessInstance process : handling) {
                boolean completed = HistoricProcessInstance.STATE_COMPLETED.equals(process.getState());
                if (process.getEndTime() != null && !completed) {
                    reasons.add("the handling process was cancelled (" + process.getState() + ")");
                }
                if (completed && status != ComplaintStatus.CLOSED) {
                    reasons.add("the handling process completed, but the complaint is " + status);
                }
                if (!completed && status == ComplaintStatus.CLOSED) {
                    reasons.add("the complaint is CLOSED, but its handling process has not completed");
                }
            }
            if (status == ComplaintStatus.CLOSED && !resolved) {
                reasons.add("the complaint is CLOSED without a granted remedy");
            }
            return reasons;
        }
    }

    private List<PathConformance.Step> steps(String instanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(s -> new PathConformance.Step(s.getActivityId(), s.getStartTime().toInstant(),
                        s.getEndTime() == null ? null : s.getEndTime().toInstant()))
                .toList();
    }

    /** The flow nodes and sequence flows of the model a process definition was deployed with. */
    private PathConformance.Model model(String processDefinitionId) {
        BpmnModelInstance bpmn = repository.getBpmnModelInstance(processDefinitionId);
        Map<String, Set<String>> sources = new HashMap<>();
        for (SequenceFlow flow : bpmn.getModelElementsByType(SequenceFlow.class)) {
            sources.computeIfAbsent(flow.getTarget().getId(), k -> new HashSet<>()).add(flow.getSource().getId());
        }
        return new PathConformance.Model(ids(bpmn, FlowNode.class), sources, ids(bpmn, StartEvent.class),
                bpmn.getModelElementsByType(BoundaryEvent.class).stream()
                        .collect(Collectors.toMap(BoundaryEvent::getId, b -> b.getAttachedTo().getId())),
                ids(bpmn, EndEvent.class));
    }

    private static Set<String> ids(BpmnModelInstance bpmn, Class<? extends FlowNode> type) {
        return bpmn.getModelElementsByType(type).stream().map(FlowNode::getId).collect(Collectors.toSet());
    }
}
