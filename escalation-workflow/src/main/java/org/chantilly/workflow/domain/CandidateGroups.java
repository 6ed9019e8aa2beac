package org.chantilly.workflow.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;

/**
 * Which BPMN candidate groups an employee belongs to. Complaint tasks stay in their branch: the models offer a task
 * to {@code frontline-<branch>} (for example {@code frontline-HAM}), so frontline staff see the tasks of their own
 * branch and supervisors those and their own ({@code supervisor-<branch>}), managers those of their region ({@code manager-<region>}) and head office those offered to
 * {@code head-office}. Administrators and head office approve handbook versions ({@code handbook-approvers}),
 * handbook owners revise them ({@code handbook-owners}); auditors work no tasks.
 */
public final class CandidateGroups {

    /** The group prefix of a branch's frontline; the model appends the branch code. */
    public static final String FRONTLINE = "frontline";

    private CandidateGroups() {
    }

    /** The frontline group of one branch, as the model names it. */
    public static String frontlineOf(String branchCode) {
        return FRONTLINE + "-" + branchCode;
    }

    /**
     * @param roles      the employee's roles
     * @param branchCode the branch they work in, or null
     * @param region     the region they are responsible for, or null
     */
    public static List<String> of(Set<String> roles, String branchCode, String region) {
        List<String> groups = new ArrayList<>();
        if (branchCode != null && roles.contains(Roles.FRONTLINE)) {
            groups.add(frontlineOf(branchCode));
        }
        if (branchCode != null && roles.contains(Roles.SUPERVISOR)) {
            groups.add("supervisor-" + branchCode);
            if (!groups.contains(frontlineOf(branchCode))) {
                groups.add(frontlineOf(branchCode));
            }
        }
        if (region != null && roles.contains(Roles.MANAGER)) {
            groups.add("manager-" + region);
        }
        if (roles.contains(Roles.HEAD_OFFICE)) {
            groups.add("head-office");
        }
        if (roles.contains(Roles.HEAD_OFFICE) || roles.contains(Roles.ADMIN)) {
            groups.add(HandbookPublicationProcess.GROUP_APPROVERS);
        }
        if (roles.contains(Roles.HANDBOOK_OWNER)) {
            groups.add(HandbookPublicationProcess.GROUP_OWNERS);
        }
        return groups.stream().sorted().toList();
    }

    /**
     * The active employees who belong to at least one of the groups (their role, branch and region say which), by
     * login: whom a task offered to those groups concerns while nobody holds it.
     */
    public static List<String> members(Collection<String> groups, List<StaffInfo> staff) {
        return staff.stream().filter(StaffInfo::active)
                .filter(s -> of(Set.of(s.role()), s.branchCode(), s.region()).stream().anyMatch(groups::contains))
                .map(StaffInfo::login).sorted().toList();
    }
}
