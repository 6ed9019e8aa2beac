package org.chantilly.workflow.api;

import org.chantilly.platform.api.MessageKey;

/**
 * The messages of the escalation workflow: tasks and their input, the process's steps, reports, briefings and
 * incidents. See {@link MessageKey}; the English texts are what the API has always sent.
 */
public enum WorkflowMessage implements MessageKey {

    TASK_NOT_FOUND("task.notFound", "There is no open task with that id for you."),
    CLAIMED_BY_OTHER("task.claimed", "Another employee has claimed this task."),
    UNCLAIM_NOT_ALLOWED("task.unclaim.notAllowed",
            "Only the employee who claimed the task, a supervisor or an administrator can give it back."),
    DELEGATE_OTHER_BRANCH("task.delegate.otherBranch",
            "works in another branch; tasks are delegated within the branch"),
    NO_ACTIVE_EMPLOYEE("task.employee.noActive", "names no active employee"),
    MAY_NOT_WORK("task.employee.mayNotWork", "may not work this task"),
    HANDBOOK_NOT_SIGNED("task.handbookNotSigned", "Sign handbook version {0} (the one in force) before you decide: "
            + "read it and sign it with your password (POST /api/handbook/versions/{0}/signatures, or the handbook "
            + "page of the console)."),
    BEYOND_HEAD_OFFICE("task.remedy.beyondHeadOffice", "is beyond head office''s authority under the handbook ({0}); "
            + "nothing is escalated beyond head office"),
    AMOUNT_REQUIRED("task.amount.required", "is required for this remedy"),
    AMOUNT_APOLOGY("task.amount.apology", "must be left out (or zero) for an apology"),
    AMOUNT_DECIMALS("task.amount.decimals", "has more decimal places than {0} ({1})"),
    AMOUNT_CURRENCY("task.amount.currency", "must be in {0}, the currency of the handbook''s limits"),
    AMOUNT_NEGATIVE("task.amount.negative", "must not be negative"),
    AMOUNT_TOO_LARGE("task.amount.tooLarge", "is too large"),
    WITHIN_YEAR_OF_TODAY("task.date.withinYearOfToday", "must lie within a year of today"),
    WITHIN_YEAR("task.date.withinYear", "must lie within a year"),
    ATTENDEE_REQUIRED("task.attendees.required", "names at least one attendee"),
    ATTENDEES_TOO_LONG("task.attendees.tooLong", "is too long (at most {0} characters together)"),
    FOLLOW_UPS_REQUIRED("task.followUps.required", "is required (an empty list means no follow-up, with a reason)"),
    APPROVE_OR_SEND_BACK("task.decision.approval", "must be APPROVE or SEND_BACK"),
    NO_PROCESS("process.notFound", "The complaint has no process with that id."),
    NO_OUTCOME_LETTER("process.outcomeLetter.none", "The complaint has no outcome letter yet."),
    NOT_WITH_SUPERVISOR("process.pullUp.notWithSupervisor",
            "The complaint is not with the branch''s supervisor; management can pull it up only from there."),
    NOT_WITH_FRONTLINE("process.pullUp.notWithFrontline",
            "The complaint is not with the frontline; a supervisor can pull it up only from there."),
    CANNOT_PULL_UP("process.pullUp.tooLate", "The complaint can no longer be pulled up."),
    NOT_AWAITING_CUSTOMER("process.reply.notAwaited", "The complaint is not waiting for the customer."),
    NOT_AWAITING_ANSWER("process.answer.notAwaited", "The complaint is not waiting for the customer''s answer."),
    LINK_UNKNOWN("answer.link.unknown", "This link is unknown or has been used already."),
    DRAFT_BEING_REVISED("publication.revising", "Another handbook owner is revising this draft."),
    PACKS_BUSY("evidence.busy", "Other evidence packs are being built right now; try again in a few seconds."),
    INCIDENT_NOT_FOUND("incident.notFound", "There is no open incident with that id that can be retried."),
    BRIEFING_ATTENDEES("briefing.attendees.tooLong",
            "are too many or too long (at most {0} characters together)"),
    REPORT_DATE_REQUIRED("report.date.required", "is required: a date such as {0}"),
    REPORT_DATE("report.date", "must be a date such as 2026-11-01"),
    REPORT_TO_BEFORE_FROM("report.to.beforeFrom", "must not be before from"),
    REPORT_MAX_DAYS("report.to.maxDays", "must be at most {0} days after from, both included"),
    REPORT_FORMAT("report.format", "must be json, csv or html"),
    REPORT_MAX_BRANCHES("report.branch.max", "names at most {0} branches");

    private final String key;
    private final String english;

    WorkflowMessage(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String english() {
        return english;
    }
}
