package org.chantilly.workflow.domain;

/**
 * The ids and variable names of {@code bpmn/HandbookPublicationProcess.bpmn}: a handbook version from the owner's
 * submitted draft through approval (or back for revision) to publication, taking effect and everybody's signature.
 */
public final class HandbookPublicationProcess {

    public static final String RESOURCE = "bpmn/HandbookPublicationProcess.bpmn";
    public static final String PROCESS_KEY = "HandbookPublicationProcess";

    public static final String START_EVENT_DRAFT_SUBMITTED = "StartEvent_DraftSubmitted";
    public static final String GATEWAY_READY_FOR_REVIEW = "Gateway_ReadyForReview";
    public static final String TASK_REVIEW_HANDBOOK_DRAFT = "Task_ReviewHandbookDraft";
    public static final String GATEWAY_DRAFT_APPROVED = "Gateway_DraftApproved";
    public static final String TASK_RETURN_DRAFT = "Task_ReturnDraft";
    public static final String TASK_REVISE_HANDBOOK_DRAFT = "Task_ReviseHandbookDraft";
    public static final String TASK_PUBLISH_HANDBOOK = "Task_PublishHandbook";
    public static final String INTERMEDIATE_EVENT_VERSION_TAKES_EFFECT = "IntermediateEvent_VersionTakesEffect";
    public static final String TASK_REQUEST_SIGNATURES = "Task_RequestSignatures";
    public static final String INTERMEDIATE_EVENT_SIGNING_REMINDER_DUE = "IntermediateEvent_SigningReminderDue";
    public static final String TASK_REMIND_UNSIGNED_EMPLOYEES = "Task_RemindUnsignedEmployees";
    public static final String INTERMEDIATE_EVENT_SIGNING_DEADLINE_PASSED = "IntermediateEvent_SigningDeadlinePassed";
    public static final String TASK_REPORT_OVERDUE_SIGNATURES = "Task_ReportOverdueSignatures";
    public static final String END_EVENT_HANDBOOK_IN_FORCE = "EndEvent_HandbookInForce";

    /** Candidate groups: who approves (administrators, head office) and who revises (handbook owners). */
    public static final String GROUP_APPROVERS = "handbook-approvers";
    public static final String GROUP_OWNERS = "handbook-owners";

    public static final String DELEGATE_RETURN_DRAFT = "returnHandbookDraft";
    public static final String DELEGATE_PUBLISH_HANDBOOK = "publishHandbook";
    public static final String DELEGATE_REQUEST_SIGNATURES = "requestSignatures";
    public static final String DELEGATE_REMIND_UNSIGNED_EMPLOYEES = "remindUnsignedEmployees";
    public static final String DELEGATE_REPORT_OVERDUE_SIGNATURES = "reportOverdueSignatures";

    /** The version's number (an integer); the business key is {@code handbook-<number>}. */
    public static final String VAR_HANDBOOK_VERSION = "handbookVersion";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    /** The approver's decision: {@code APPROVE} or {@code SEND_BACK}. */
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVE = "APPROVE";
    public static final String SEND_BACK = "SEND_BACK";
    public static final String VAR_APPROVED_BY = "approvedBy";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    /** When the version takes effect (a date), chosen by the approver. */
    public static final String VAR_EFFECTIVE_FROM = "effectiveFrom";
    /** Set by the publication: when unsigned employees are reminded and when signatures are overdue (dates). */
    public static final String VAR_SIGNING_REMINDER_AT = "signingReminderAt";
    public static final String VAR_SIGNING_DEADLINE = "signingDeadline";

    private HandbookPublicationProcess() {
    }

    public static String businessKey(int version) {
        return "handbook-" + version;
    }
}
