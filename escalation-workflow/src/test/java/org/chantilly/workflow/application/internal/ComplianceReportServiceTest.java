package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.SignatureStatus;
import org.chantilly.handbook.api.HandbookViews.SignatureView;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.platform.api.Channel;
import org.chantilly.workflow.FakeOrganisation;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.InMemoryHandlingRecords;
import org.chantilly.workflow.ProcessFixture;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The compliance report over complaints whose processes really ran on the models (an in-memory engine with the
 * delegates mocked): a complaint resolved on the spot and closed, one escalated, one closed although its process still
 * runs, one without any process.
 */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class ComplianceReportServiceTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("compliance-reports");

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-02T08:00:00Z");

    ProcessEngine processEngine;

    private final ComplianceReportService service = new ComplianceReportService();
    private final InMemoryHandlingRecords records = new InMemoryHandlingRecords();
    private final List<ComplaintListItem> received = new java.util.ArrayList<>();
    private final List<ComplaintQuery> queries = new java.util.ArrayList<>();

    @BeforeEach
    void wire() {
        ProcessFixture.mockDelegates();
        service.history = processEngine.getHistoryService();
        service.repository = processEngine.getRepositoryService();
        service.records = records;
        service.organisation = new FakeOrganisation();
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.intake = (ComplaintIntake) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComplaintIntake.class}, (proxy, method, args) -> {
                    ComplaintQuery query = (ComplaintQuery) args[0];
                    queries.add(query);
                    return new ComplaintPage(query.page() == 0 ? received : List.of(), query.page(), query.size(),
                            received.size());
                });
        service.handbook = (Handbook) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Handbook.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "signatureStatus" -> List.of(
                            new SignatureStatus("frida", "Frida", "FRONTLINE", "HAM", 2, true, SIGNED, NOW, false),
                            new SignatureStatus("felix", "Felix", "FRONTLINE", "HAM", 2, false, null, NOW, true));
                    case "signaturesOf" -> "frida".equals(args[0])
                            ? List.of(new SignatureView(2, "frida", "de", "hash", SIGNED)) : List.of();
                    case "version" -> Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private void receive(String reference, ComplaintStatus status, Instant at) {
        received.add(new ComplaintListItem(reference, status, Channel.PHONE, "HAM", at, "Customer", null, null, null, null));
    }

    private void clock(String reference, String name, Instant started, Instant due, Instant stopped) {
        ServiceClock clock = records.add(new ServiceClock(reference, name, started, due));
        if (stopped != null) {
            clock.stop(stopped);
        }
    }

    private void grant(String reference, EscalationTier tier, String amount, String by, String applied, Instant at) {
        Resolution resolution = records.add(Resolution.propose(reference, tier, Remedy.REPLACEMENT, new BigDecimal(amount),
                "EUR", "A new one.", by, "2", applied, at));
        resolution.resolve("token-" + reference, at);
    }

    private void acknowledge(String reference) {
        var management = processEngine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(handling(reference))
                .activityId(ComplaintHandlingProcess.TASK_SEND_ACKNOWLEDGEMENT).singleResult().getId());
    }

    private String handling(String reference) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ComplaintHandlingProcess.PROCESS_KEY).singleResult().getId();
    }

    private void completeTask(String reference, String kind, java.util.Map<String, Object> variables) {
        var tasks = processEngine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(kind)
                .singleResult().getId(), variables);
    }

    /** Resolved on the spot by frida (who signed), told by phone, the customer satisfied, no follow-up: closed. */
    private void resolvedAndClosed(String reference) {
        ProcessFixture.start(processEngine, reference, "HAM", "PHONE");
        acknowledge(reference);
        resolveAndTell(reference);
        answer(reference, true);
        completeTask(reference, ComplaintHandlingProcess.TASK_DECIDE_FOLLOW_UP, Variables.createVariables()
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_COACHING, false)
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_TRAINING, false)
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_PRE_SHIFT_TOPIC, false)
                .putValue(ComplaintHandlingProcess.VAR_FOLLOW_UP_RECOGNITION, false));
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ComplaintHandlingProcess.PROCESS_KEY).singleResult().getEndTime()).isNotNull();
    }

    private void resolveAndTell(String reference) {
        completeTask(reference, ComplaintTierProcess.TASK_DECIDE_COMPLAINT, Variables.createVariables()
                .putValue(ComplaintTierProcess.VAR_TIER_DECISION, "RESOLVE")
                .putValue(ComplaintTierProcess.VAR_REMEDY, "REPLACEMENT").putValue(ComplaintTierProcess.VAR_AMOUNT, 20.0)
                .putValue(ComplaintTierProcess.VAR_DECIDED_BY, "frida").putValue(ComplaintTierProcess.VAR_PROPOSAL_ID, 1L)
                .putValue(ComplaintTierProcess.VAR_EMPOWERMENT_LIMIT, 200.0)
                .putValue(ComplaintTierProcess.VAR_RECEIPT_REQUIRED, false)
                .putValue(ComplaintTierProcess.VAR_HANDBOOK_SIGNED, true));
        completeTask(reference, ComplaintHandlingProcess.TASK_CALL_CUSTOMER_WITH_OUTCOME, Variables.createVariables());
    }

    /** The customer's answer arrives; what follows runs as a job of its own. */
    private void answer(String reference, boolean satisfied) {
        processEngine.getRuntimeService().createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_CUSTOMER_ANSWERED)
                .processInstanceBusinessKey(reference).setVariable(ComplaintHandlingProcess.VAR_SATISFIED, satisfied)
                .correlate();
        var management = processEngine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(handling(reference))
                .activityId(ComplaintHandlingProcess.INTERMEDIATE_EVENT_CUSTOMER_ANSWERED).singleResult().getId());
    }

    private void decide(String reference, String decision) {
        completeTask(reference, ComplaintTierProcess.TASK_DECIDE_COMPLAINT,
                Variables.createVariables().putValue(ComplaintTierProcess.VAR_TIER_DECISION, decision));
    }

    private void pullUp(String reference) {
        processEngine.getRuntimeService().createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_COMPLAINT_PULLED_UP)
                .processInstanceBusinessKey(reference).correlate();
    }

    @Test
    void thePathsTheModelsAllowConform() {
        String pulledUp = "HAM-2026-000011";
        ProcessFixture.start(processEngine, pulledUp, "HAM", "PHONE");
        acknowledge(pulledUp);
        pullUp(pulledUp);
        pullUp(pulledUp);
        String deadlinePassed = "HAM-2026-000012";
        ProcessFixture.start(processEngine, deadlinePassed, "HAM", "EMAIL");
        var management = processEngine.getManagementService();
        String frontlineTier = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(handling(deadlinePassed)).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(frontlineTier).timers()
                .activityId(ComplaintTierProcess.BOUNDARY_EVENT_DEADLINE_PASSED).singleResult().getId());
        String handedBack = "HAM-2026-000013";
        ProcessFixture.start(processEngine, handedBack, "HAM", "PHONE");
        decide(handedBack, "ESCALATE");
        decide(handedBack, "HAND_BACK");
        String reopened = "HAM-2026-000014";
        ProcessFixture.start(processEngine, reopened, "HAM", "IN_PERSON");
        resolveAndTell(reopened);
        answer(reopened, false);
        for (String reference : List.of(pulledUp, deadlinePassed, handedBack, reopened)) {
            receive(reference, ComplaintStatus.ESCALATED, NOW.minusSeconds(3600));
        }

        ComplianceReport report = service.report(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), List.of("HAM"));

        assertThat(report.nonConforming()).isEmpty();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(ComplaintHandlingProcess.TASK_RECORD_REOPEN).count()).isEqualTo(1);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(ComplaintHandlingProcess.BOUNDARY_EVENT_PULLED_UP_FROM_SUPERVISOR).count()).isEqualTo(1);
    }

    @Test
    void reportsTheFiguresAndFindsTheComplaintsWhosePathOrEndBreaksTheModel() {
        String closed = "HAM-2026-000001";
        resolvedAndClosed(closed);
        receive(closed, ComplaintStatus.CLOSED, NOW.minusSeconds(86_400 * 5));
        clock(closed, ServiceClock.ACKNOWLEDGE, NOW.minusSeconds(86_400 * 5), NOW.minusSeconds(86_400 * 5 - 3600),
                NOW.minusSeconds(86_400 * 5 - 60));
        clock(closed, ServiceClock.ofTier("FRONTLINE"), NOW.minusSeconds(86_400 * 5), NOW.minusSeconds(86_400 * 4),
                NOW.minusSeconds(86_400 * 5 - 600));
        grant(closed, EscalationTier.FRONTLINE, "20.00", "frida",
                "handbook 2; limit 200.0 EUR; receipt required false; receipt presented false; handbook signed true",
                NOW.minusSeconds(86_400 * 5 - 600));

        String escalated = "HAM-2026-000002";
        ProcessFixture.start(processEngine, escalated, "HAM", "PHONE");
        acknowledge(escalated);
        completeTask(escalated, ComplaintTierProcess.TASK_DECIDE_COMPLAINT,
                Variables.createVariables().putValue(ComplaintTierProcess.VAR_TIER_DECISION, "ESCALATE"));
        receive(escalated, ComplaintStatus.ESCALATED, NOW.minusSeconds(86_400 * 2));
        clock(escalated, ServiceClock.ACKNOWLEDGE, NOW.minusSeconds(86_400 * 2), NOW.minusSeconds(86_400 * 2 - 3600),
                NOW.minusSeconds(86_400));
        clock(escalated, ServiceClock.ofTier("SUPERVISOR"), NOW.minusSeconds(86_400), NOW.plusSeconds(3600), null);
        grant(escalated, EscalationTier.SUPERVISOR, "1500.00", "stefan",
                "handbook 2; limit 1000.0 EUR; receipt required false; receipt presented false; handbook signed false",
                NOW.minusSeconds(60));

        String closedTooSoon = "HAM-2026-000003";
        ProcessFixture.start(processEngine, closedTooSoon, "HAM", "PHONE");
        receive(closedTooSoon, ComplaintStatus.CLOSED, NOW.minusSeconds(3600));
        String withoutProcess = "HAM-2026-000004";
        receive(withoutProcess, ComplaintStatus.RECEIVED, NOW.minusSeconds(60));

        ComplianceReport report = service.report(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), List.of("HAM"));

        assertThat(queries).singleElement().satisfies(q -> {
            assertThat(q.branches()).containsExactly("HAM");
            assertThat(q.receivedFrom()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z")); // Berlin's 1 November
            assertThat(q.receivedTo()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        });
        assertThat(report.nonConforming()).extracting(ComplianceReport.NonConforming::complaintReference)
                .containsExactly(closedTooSoon, withoutProcess);
        assertThat(report.nonConforming().get(0).reasons()).containsExactly(
                "the complaint is CLOSED, but its handling process has not completed",
                "the complaint is CLOSED without a granted remedy");
        assertThat(report.nonConforming().get(1).reasons()).containsExactly("no handling process recorded");

        ComplianceReport.Figures total = report.total();
        assertThat(report.byBranch()).singleElement().satisfies(b -> assertThat(b.figures()).isEqualTo(total));
        assertThat(total.received()).isEqualTo(4);
        assertThat(total.acknowledgement()).isEqualTo(new ComplianceReport.Acknowledgement(1, 1, 0, 2, new BigDecimal("0.2500")));
        assertThat(total.remedies()).isEqualTo(new ComplianceReport.Remedies(2, 1, 1, new BigDecimal("0.5000")));
        assertThat(report.outOfAuthority()).singleElement().satisfies(o -> {
            assertThat(o.complaintReference()).isEqualTo(escalated);
            assertThat(o.limit()).isEqualTo("1000.0 EUR");
            assertThat(o.decidedBy()).isEqualTo("stefan");
        });
        assertThat(report.unsignedResolutions()).singleElement().satisfies(u -> {
            assertThat(u.complaintReference()).isEqualTo(escalated);
            assertThat(u.decidedBy()).isEqualTo("stefan");
            assertThat(u.signedAt()).isNull();
        });
        assertThat(total.conformance()).isEqualTo(new ComplianceReport.Conformance(4, 2, new BigDecimal("0.5000")));
        assertThat(total.openComplaints()).isEqualTo(2);
        assertThat(total.signatures()).isEqualTo(new ComplianceReport.Signatures(2, 1, 1, new BigDecimal("0.5000")));
    }

    @Test
    void aSignatureGivenOnlyAfterTheResolutionDoesNotCount() {
        ProcessFixture.start(processEngine, "HAM-2026-000005", "HAM", "PHONE");
        receive("HAM-2026-000005", ComplaintStatus.RESOLVED, SIGNED.minusSeconds(7200));
        grant("HAM-2026-000005", EscalationTier.FRONTLINE, "10.00", "frida",
                "handbook 2; limit 200.0 EUR; receipt required false; receipt presented false; handbook signed true",
                SIGNED.minusSeconds(3600));

        ComplianceReport report = service.report(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), List.of("HAM"));

        assertThat(report.unsignedResolutions()).singleElement()
                .satisfies(u -> assertThat(u.signedAt()).isEqualTo(SIGNED));
        assertThat(report.nonConforming()).isEmpty();
    }
}
