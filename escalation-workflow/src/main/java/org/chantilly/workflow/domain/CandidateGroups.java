package org.chantilly.workflow.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chantilly.platform.api.Roles;

/**
 * Which BPMN candidate groups an employee belongs to. A role that handles complaints is a group of the same name
 * in lower case ({@code FRONTLINE} works the tasks of group {@code frontline}); auditors, handbook owners and
 * administrators work no complaint tasks.
 */
public final class CandidateGroups {

    public static final String FRONTLINE = "frontline";

    private static final Set<String> TASK_ROLES =
            Set.of(Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE);

    private CandidateGroups() {
    }

    public static List<String> of(Set<String> roles) {
        return roles.stream()
                .filter(TASK_ROLES::contains)
                .map(role -> role.toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
    }
}
