package org.chantilly.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

class CandidateGroupsTest {

    @Test
    void complaintHandlingRolesWorkTheTasksOfTheirGroup() {
        assertThat(CandidateGroups.of(Set.of(Roles.FRONTLINE, Roles.SUPERVISOR)))
                .containsExactly("frontline", "supervisor");
        assertThat(CandidateGroups.of(Set.of(Roles.FRONTLINE))).containsExactly(CandidateGroups.FRONTLINE);
    }

    @Test
    void auditorsAdministratorsAndHandbookOwnersWorkNoComplaintTasks() {
        assertThat(CandidateGroups.of(Set.of(Roles.AUDITOR, Roles.ADMIN, Roles.HANDBOOK_OWNER))).isEmpty();
    }
}
