package org.chantilly.console.complaints;

import jakarta.validation.constraints.Size;

import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.RequiredText;

/**
 * The shapes of the complaint page's steps that are no tasks, checked with the platform's input validator before the
 * service is called, with the same constraints and field names as the API's bodies (a note of
 * {@code POST /api/processes/{reference}/pull-up} and {@code …/customer-reply}, {@code POST /api/tasks/{id}/assign}
 * and {@code …/delegate}), so that each message lands at its field as the API names it.
 */
final class ActionInput {

    private ActionInput() {
    }

    /** Why a complaint is pulled up, or what the customer replied. */
    record Note(@RequiredText @Size(max = 1000) @PlainText String text) {
    }

    /** Whom a supervisor or manager assigns a task to. */
    record Assignment(@RequiredText @Size(max = 64) String assignee) {
    }

    /** Whom the caller delegates a task to. */
    record Delegation(@RequiredText @Size(max = 64) String colleague) {
    }
}
