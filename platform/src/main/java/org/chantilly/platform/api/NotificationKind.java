package org.chantilly.platform.api;

import java.util.List;

/**
 * What an employee is told about, with the parameters each kind carries (references only, never a customer's
 * personal data). Instants are ISO 8601 text.
 */
public enum NotificationKind {

    /** A task was assigned or delegated to the employee: {@code reference}, {@code by} (a login), {@code due}. */
    TASK_ASSIGNED(List.of("reference", "by"), List.of("due")),

    /**
     * A tier's deadline on a complaint comes soon, for the employee who holds its task or, while nobody holds it, each
     * member of its group: {@code reference}, {@code tier}, {@code due}.
     */
    DEADLINE_REMINDER(List.of("reference", "tier", "due"), List.of()),

    /** A handbook version is in force and the employee has not signed it: {@code version}, {@code deadline}. */
    HANDBOOK_TO_SIGN(List.of("version"), List.of("deadline")),

    /** The approver sent a draft the employee wrote or submitted back to them: {@code version}, {@code by}. */
    DRAFT_SENT_BACK(List.of("version", "by"), List.of());

    private final List<String> required;
    private final List<String> optional;

    NotificationKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** The parameters a notification of this kind must carry. */
    public List<String> required() {
        return required;
    }

    /** The parameters it may carry besides. */
    public List<String> optional() {
        return optional;
    }
}
