package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.policy.ConfiguredServicePolicy;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.NotificationKind;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.StaffDeactivated;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.chantilly.platform.testing.RecordingNotifications;
import org.chantilly.workflow.FakeOrganisation;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.InMemoryHandlingRecords;
import org.chantilly.workflow.ProcessFixture;
import org.chantilly.workflow.RecordingEvent;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who is told what about complaint tasks: the employee a task is handed to (assigned, delegated, back from a colleague
 * who left), never the one who took it themselves; when a tier's reminder fires, the employee who holds its task, or
 * while nobody holds it every member of the groups it is offered to. References only.
 */
@Deployment(resources = {ComplaintHandlingProcess.RESOURCE, ComplaintTierProcess.RESOURCE,
        ComplaintTierProcess.DECISION_RESOURCE})
class WorkNotificationsTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("work-notifications");

    private static final String REFERENCE = "HAM-2026-000042";
    private static final Caller FRIDA = new Caller("frida", Set.of(Roles.FRONTLINE));
    private static final Caller STEFAN = new Caller("stefan", Set.of(Roles.SUPERVISOR));

    ProcessEngine processEngine;

    private final RecordingNotifications notified = new RecordingNotifications();
    private final ComplaintTaskService service = new ComplaintTaskService();
    private final TierClockService clocks = new TierClockService();
    private Task task;

    @BeforeEach
    void wire() {
        ProcessFixture.mockDelegates();
        FakeOrganisation organisation = new FakeOrganisation();
        RecordingAuditTrail audit = new RecordingAuditTrail();
        service.tasks = processEngine.getTaskService();
        service.runtime = processEngine.getRuntimeService();
        service.history = processEngine.getHistoryService();
        service.organisation = organisation;
        service.audit = audit;
        service.notifications = notified;
        service.clock = ProcessFixture.CLOCK;
        clocks.records = new InMemoryHandlingRecords();
        clocks.policy = new ConfiguredServicePolicy(key -> Optional.empty());
        clocks.organisation = organisation;
        clocks.tasks = processEngine.getTaskService();
        clocks.audit = audit;
        clocks.breaches = new RecordingEvent<>();
        clocks.notifications = notified;
        clocks.clock = ProcessFixture.CLOCK;
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private void startAPhoneComplaintOfHamburg() {
        ProcessFixture.start(processEngine, REFERENCE, "HAM", "PHONE");
        task = processEngine.getTaskService().createTaskQuery().singleResult();
    }

    @Test
    void theEmployeeATaskIsAssignedToIsToldWhoAssignedItAndWhere() {
        startAPhoneComplaintOfHamburg();
        service.assign(task.getId(), "felix", STEFAN);

        assertThat(notified.all()).singleElement().satisfies(n -> {
            assertThat(n.login()).isEqualTo("felix");
            assertThat(n.kind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
            assertThat(n.params()).containsEntry("reference", REFERENCE).containsEntry("by", "stefan");
            assertThat(n.link()).isEqualTo("complaints/view.xhtml?ref=" + REFERENCE);
        });
    }

    @Test
    void takingATaskOneselfTellsNobodyAndADelegatedOneTellsTheColleague() {
        startAPhoneComplaintOfHamburg();
        service.claim(task.getId(), FRIDA);
        service.assign(task.getId(), "stefan", STEFAN);
        assertThat(notified.all()).as("a claim, and a supervisor taking it himself").isEmpty();

        service.unclaim(task.getId(), STEFAN);
        service.claim(task.getId(), FRIDA);
        service.delegate(task.getId(), "felix", FRIDA);
        assertThat(notified.recipients(NotificationKind.TASK_ASSIGNED)).containsExactly("felix");

        // felix leaves: the delegated task goes back to its owner, who is told
        service.employeeDeactivated(new StaffDeactivated("felix", "admin"));
        assertThat(notified.recipients(NotificationKind.TASK_ASSIGNED)).containsExactly("felix", "frida");
        assertThat(notified.all().get(1).params()).containsEntry("by", "admin");
    }

    @Test
    void aReminderGoesToEveryMemberOfTheGroupWhileNobodyHoldsTheTaskAndThenToTheHolderOnly() {
        startAPhoneComplaintOfHamburg();
        TierClockService.TierDeadline deadline = clocks.start(REFERENCE, EscalationTier.FRONTLINE, "HAM",
                Channel.PHONE, Severity.MEDIUM);

        clocks.remind(REFERENCE, EscalationTier.FRONTLINE, task.getProcessInstanceId());
        // the frontline of Hamburg and its supervisor (who works the frontline's tasks too); not Stockholm, not above
        assertThat(notified.recipients(NotificationKind.DEADLINE_REMINDER)).containsExactly("felix", "frida", "stefan");
        assertThat(notified.all()).allSatisfy(n -> {
            assertThat(n.params()).containsEntry("reference", REFERENCE).containsEntry("tier", "FRONTLINE")
                    .containsEntry("due", deadline.dueBy().toString()).hasSize(3);
            assertThat(n.link()).isEqualTo("complaints/view.xhtml?ref=" + REFERENCE);
        });

        service.claim(task.getId(), FRIDA);
        clocks.remind(REFERENCE, EscalationTier.FRONTLINE, task.getProcessInstanceId());
        assertThat(notified.recipients(NotificationKind.DEADLINE_REMINDER)).hasSize(4).endsWith("frida");
    }
}
