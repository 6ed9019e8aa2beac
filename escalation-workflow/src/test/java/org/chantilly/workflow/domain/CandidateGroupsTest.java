package org.chantilly.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

class CandidateGroupsTest {

    @Test
    void frontlineAndSupervisorsWorkTheTasksOfTheirBranch() {
        assertThat(CandidateGroups.of(Set.of(Roles.FRONTLINE), "HAM", null)).containsExactly("frontline-HAM");
        assertThat(CandidateGroups.of(Set.of(Roles.FRONTLINE, Roles.SUPERVISOR), "STO", null))
                .containsExactly("frontline-STO", "supervisor-STO");
        assertThat(CandidateGroups.of(Set.of(Roles.SUPERVISOR), "STO", null)).containsExactly("frontline-STO", "supervisor-STO");
        assertThat(CandidateGroups.frontlineOf("HEL")).isEqualTo("frontline-HEL");
    }

    @Test
    void managersWorkTheirRegionAndHeadOfficeItsOwnGroup() {
        assertThat(CandidateGroups.of(Set.of(Roles.MANAGER), null, "NORDICS")).containsExactly("manager-NORDICS");
        assertThat(CandidateGroups.of(Set.of(Roles.HEAD_OFFICE), null, null))
                .containsExactly("handbook-approvers", "head-office");
    }

    @Test
    void withoutABranchThereIsNoFrontlineGroup() {
        assertThat(CandidateGroups.of(Set.of(Roles.FRONTLINE), null, null)).isEmpty();
    }

    @Test
    void administratorsApproveAndHandbookOwnersReviseHandbookVersionsButWorkNoComplaintTasks() {
        assertThat(CandidateGroups.of(Set.of(Roles.ADMIN), "HAM", "DACH")).containsExactly("handbook-approvers");
        assertThat(CandidateGroups.of(Set.of(Roles.HANDBOOK_OWNER), "HAM", "DACH")).containsExactly("handbook-owners");
    }

    @Test
    void auditorsWorkNoTasks() {
        assertThat(CandidateGroups.of(Set.of(Roles.AUDITOR), "HAM", "DACH")).isEmpty();
    }

    @Test
    void theMembersOfAGroupAreTheActiveEmployeesWhoseRoleAndScopePutThemInIt() {
        List<org.chantilly.platform.api.StaffInfo> staff = List.of(
                new org.chantilly.platform.api.StaffInfo("frida", "Frida", Roles.FRONTLINE, "HAM", null, "de", true),
                new org.chantilly.platform.api.StaffInfo("fred", "Fred", Roles.FRONTLINE, "HAM", null, "de", false),
                new org.chantilly.platform.api.StaffInfo("stefan", "Stefan", Roles.SUPERVISOR, "HAM", null, "de", true),
                new org.chantilly.platform.api.StaffInfo("sofia", "Sofia", Roles.FRONTLINE, "STO", null, "sv", true),
                new org.chantilly.platform.api.StaffInfo("marta", "Marta", Roles.MANAGER, null, "DACH", "de", true));
        assertThat(CandidateGroups.members(Set.of("frontline-HAM"), staff)).containsExactly("frida", "stefan");
        assertThat(CandidateGroups.members(Set.of("supervisor-HAM"), staff)).containsExactly("stefan");
        assertThat(CandidateGroups.members(Set.of("manager-DACH", "frontline-STO"), staff))
                .containsExactly("marta", "sofia");
        assertThat(CandidateGroups.members(Set.of("head-office"), staff)).isEmpty();
    }
}
