package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.InMemoryEngine;
import org.chantilly.workflow.api.TaskSummary;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Claiming, completing, giving back and assigning complaint tasks, on an in-memory engine. */
@Deployment(resources = ComplaintHandlingProcess.RESOURCE)
class ComplaintTaskServiceTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = InMemoryEngine.extension("complaint-tasks");

    private static final Caller FRIDA = new Caller("frida", Set.of(Roles.FRONTLINE));
    private static final Caller FELIX = new Caller("felix", Set.of(Roles.FRONTLINE));
    private static final Caller STEFAN = new Caller("stefan", Set.of(Roles.SUPERVISOR));
    private static final Caller SOFIA = new Caller("sofia", Set.of(Roles.FRONTLINE));

    ProcessEngine processEngine;

    private final ComplaintTaskService service = new ComplaintTaskService();
    private String taskId;

    @BeforeEach
    void wireTheService() {
        service.tasks = processEngine.getTaskService();
        service.runtime = processEngine.getRuntimeService();
        service.organisation = new Staffing();
    }

    /** The deployment exists only once the test method runs (the extension deploys it then). */
    private void startAComplaintOfHamburg() {
        processEngine.getRuntimeService().startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_KEY,
                "HAM-2026-000001", Map.of(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE, "HAM-2026-000001",
                        ComplaintHandlingProcess.VAR_BRANCH_CODE, "HAM",
                        ComplaintHandlingProcess.VAR_RESPONSE_DUE_BY, "2026-11-27T19:00:00Z"));
        taskId = processEngine.getTaskService().createTaskQuery().singleResult().getId();
    }

    @Test
    void theBranchSeesTheTaskAndOtherBranchesDoNot() {
        startAComplaintOfHamburg();
        assertThat(service.openTasks(FRIDA)).extracting(TaskSummary::complaintReference).containsExactly("HAM-2026-000001");
        assertThat(service.openTasks(STEFAN)).hasSize(1);
        assertThat(service.openTasks(SOFIA)).isEmpty();
        assertThatThrownBy(() -> service.claim(taskId, SOFIA)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void ofTwoClaimsOneWinsAndTheOtherIsAConflict() {
        startAComplaintOfHamburg();
        service.claim(taskId, FRIDA);
        assertThatThrownBy(() -> service.claim(taskId, FELIX)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.complete(taskId, FELIX)).isInstanceOf(ConflictException.class);
        assertThat(service.openTasks(FELIX)).extracting(TaskSummary::assignee).containsExactly("frida");
        service.complete(taskId, FRIDA);
        assertThat(service.openTasks(FRIDA)).isEmpty();
    }

    @Test
    void aSupervisorGivesBackAndAssignsWithinTheBranch() {
        startAComplaintOfHamburg();
        service.claim(taskId, FRIDA);
        assertThatThrownBy(() -> service.unclaim(taskId, FELIX)).isInstanceOf(ConflictException.class);
        service.unclaim(taskId, STEFAN);
        assertThat(service.openTasks(FRIDA)).extracting(TaskSummary::assignee).containsOnlyNulls();

        service.assign(taskId, "felix", STEFAN);
        assertThat(service.openTasks(FELIX)).extracting(TaskSummary::assignee).containsExactly("felix");
        assertThatThrownBy(() -> service.assign(taskId, "sofia", STEFAN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.assign(taskId, "nobody", STEFAN)).isInstanceOf(InvalidInputException.class);
    }

    /** Frida, Felix (frontline) and Stefan (supervisor) in Hamburg, Sofia (frontline) in Stockholm. */
    static final class Staffing implements Organisation {

        private static final Map<String, StaffInfo> STAFF = Map.of(
                "frida", new StaffInfo("frida", "Frida", Roles.FRONTLINE, "HAM", null, "de", true),
                "felix", new StaffInfo("felix", "Felix", Roles.FRONTLINE, "HAM", null, "de", true),
                "stefan", new StaffInfo("stefan", "Stefan", Roles.SUPERVISOR, "HAM", null, "de", true),
                "sofia", new StaffInfo("sofia", "Sofia", Roles.FRONTLINE, "STO", null, "sv", true));

        @Override
        public Optional<BranchInfo> branch(String code) {
            return Optional.empty();
        }

        @Override
        public List<BranchInfo> branches() {
            return List.of();
        }

        @Override
        public Optional<StaffInfo> staff(String login) {
            return Optional.ofNullable(STAFF.get(login));
        }

        @Override
        public boolean canSeeBranch(Caller caller, String branchCode) {
            return true;
        }

        @Override
        public Optional<List<String>> visibleBranches(Caller caller) {
            return Optional.empty();
        }
    }
}
