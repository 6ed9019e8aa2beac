package org.chantilly.workflow.domain;

/**
 * The ids and variable names of {@code bpmn/ComplaintTierProcess.bpmn} (one tier deciding a complaint) and of the
 * decision table {@code dmn/EmpowermentDecision.dmn} that Java code uses.
 */
public final class ComplaintTierProcess {

    public static final String RESOURCE = "bpmn/ComplaintTierProcess.bpmn";
    public static final String DECISION_RESOURCE = "dmn/EmpowermentDecision.dmn";
    public static final String PROCESS_KEY = "ComplaintTierProcess";
    public static final String DECISION_KEY = "EmpowermentDecision";

    public static final String TASK_START_TIER_CLOCK = "Task_StartTierClock";
    public static final String TASK_DECIDE_COMPLAINT = "Task_DecideComplaint";
    public static final String BOUNDARY_EVENT_REMINDER_DUE = "BoundaryEvent_ReminderDue";
    public static final String BOUNDARY_EVENT_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
    public static final String END_EVENT_DEADLINE_PASSED = "EndEvent_DeadlinePassed";
    public static final String DECISION_WITHIN_EMPOWERMENT_LIMIT = "Decision_WithinEmpowermentLimit";
    public static final String TASK_RECORD_RESOLUTION = "Task_RecordResolution";
    public static final String END_EVENT_COMPLAINT_RESOLVED = "EndEvent_ComplaintResolved";
    public static final String END_EVENT_LIMIT_EXCEEDED = "EndEvent_LimitExceeded";
    public static final String END_EVENT_HANDED_UP = "EndEvent_HandedUp";
    public static final String END_EVENT_HANDED_BACK = "EndEvent_HandedBack";
    public static final String INTERMEDIATE_EVENT_CUSTOMER_REPLIED = "IntermediateEvent_CustomerReplied";
    public static final String INTERMEDIATE_EVENT_NO_REPLY_IN_TIME = "IntermediateEvent_NoReplyInTime";

    public static final String MESSAGE_CUSTOMER_REPLIED = "CustomerReplied";

    public static final String DELEGATE_START_TIER_CLOCK = "startTierClock";
    public static final String DELEGATE_PAUSE_TIER_CLOCK = "pauseTierClock";
    public static final String DELEGATE_RESUME_TIER_CLOCK = "resumeTierClock";
    public static final String DELEGATE_STOP_TIER_CLOCK = "stopTierClock";
    public static final String DELEGATE_REMIND_TIER = "remindTier";
    public static final String DELEGATE_RECORD_RESOLUTION = "recordResolution";

    /** The tier deciding ({@link org.chantilly.handbook.api.EscalationTier} name) and its candidate group. */
    public static final String VAR_TIER = "tier";
    public static final String VAR_TIER_GROUP = "tierGroup";
    /** The tier's deadline and reminder (dates), computed by the application in the branch's business time. */
    public static final String VAR_TIER_DUE_BY = "tierDueBy";
    public static final String VAR_TIER_REMINDER_AT = "tierReminderAt";
    /** The tier's decision ({@link TierDecision} name). */
    public static final String VAR_TIER_DECISION = "tierDecision";
    /** The proposal: remedy name, amount (double, in the policy's currency) and who decided. */
    public static final String VAR_REMEDY = "remedy";
    public static final String VAR_AMOUNT = "amount";
    public static final String VAR_DECIDED_BY = "decidedBy";
    /** Id of the proposal row that holds what was said to the customer. */
    public static final String VAR_PROPOSAL_ID = "proposalId";
    /** The handbook's limit for the tier and remedy (double, null when not allowed) and its receipt rule. */
    public static final String VAR_EMPOWERMENT_LIMIT = "empowermentLimit";
    public static final String VAR_RECEIPT_REQUIRED = "receiptRequired";
    /** Whether the deciding employee has signed the handbook version in force (a frontline employee must have). */
    public static final String VAR_HANDBOOK_SIGNED = "handbookSigned";
    /** The decision table's answer. */
    public static final String VAR_EMPOWERMENT_DECISION = "empowermentDecision";
    public static final String WITHIN_LIMIT = "WITHIN_LIMIT";

    private ComplaintTierProcess() {
    }
}
