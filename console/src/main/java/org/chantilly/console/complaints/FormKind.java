package org.chantilly.console.complaints;

import java.util.Arrays;
import java.util.List;

/**
 * Which form the console shows for a task, chosen by the task's kind (its BPMN id, {@code TaskDetail.kind()}) and
 * never guessed from its fields: each user task of the deployed models has one (a unit test reads the models, and a
 * browser test completes every kind in the console). A kind that is not listed here gets {@link #NONE}, and the page
 * says that it cannot be worked here; that is a gap to close, not a way to route work elsewhere.
 */
public enum FormKind {

    /** Decide the complaint at a tier: resolve with a remedy, escalate, hand back or ask the customer. */
    DECISION("decide", "Task_DecideComplaint"),
    /** Arrange and record the personal meeting of a letter complaint: when, where, who, what came of it. */
    MEETING("meeting", "Task_ArrangePersonalMeeting"),
    /** Tell the customer the outcome, or management's contact with the customer: what came of it. */
    OUTCOME("outcomeForm", "Task_CallCustomerWithOutcome", "Task_ManagementContactsCustomer"),
    /** Decide the employee's follow-up. */
    FOLLOW_UP("followUp", "Task_DecideFollowUp"),
    /** Confirm that the coaching or training took place. */
    DONE_ON("confirm", "Task_ConfirmCoaching", "Task_ConfirmTraining"),
    /** Review or revise a handbook version: worked on the handbook's versions page, where the draft is. */
    HANDBOOK(null, "Task_ReviewHandbookDraft", "Task_ReviseHandbookDraft"),
    /** A kind the console has no form for. */
    NONE(null);

    /** Where the handbook's tasks are worked: the approver reviews, the owner revises and submits again. */
    public static final String HANDBOOK_PAGE = "/handbook/authoring/versions.xhtml";

    private final String formId;
    private final List<String> kinds;

    FormKind(String formId, String... kinds) {
        this.formId = formId;
        this.kinds = List.of(kinds);
    }

    /** The form for a task of that kind; {@link #NONE} for an unknown or missing kind. */
    public static FormKind of(String kind) {
        return kind == null ? NONE
                : Arrays.stream(values()).filter(form -> form.kinds.contains(kind)).findFirst().orElse(NONE);
    }

    /**
     * The id of the form on the complaint page, to which the service's field errors are tied; null if it has none.
     * Never the name of one of its fields: a label's or message's {@code for} would find the form instead.
     */
    public String formId() {
        return formId;
    }

    /** The task kinds (BPMN ids) this form completes. */
    public List<String> kinds() {
        return kinds;
    }
}
