package org.chantilly.workflow.domain;

/**
 * The ids and variable names of {@code bpmn/ComplaintHandlingProcess.bpmn} that Java code uses. The model is the
 * routing truth; this class only mirrors its names.
 */
public final class ComplaintHandlingProcess {

    public static final String RESOURCE = "bpmn/ComplaintHandlingProcess.bpmn";
    public static final String PROCESS_KEY = "ComplaintHandlingProcess";

    public static final String START_EVENT_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
    public static final String GATEWAY_ACKNOWLEDGEMENT_TO_SEND = "Gateway_AcknowledgementToSend";
    public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    public static final String TASK_RECORD_ACKNOWLEDGED_AT_INTAKE = "Task_RecordAcknowledgedAtIntake";
    public static final String END_EVENT_ACKNOWLEDGED_AT_INTAKE = "EndEvent_AcknowledgedAtIntake";
    public static final String END_EVENT_CUSTOMER_ACKNOWLEDGED = "EndEvent_CustomerAcknowledged";
    public static final String TASK_MANAGEMENT_CONTACTS_CUSTOMER = "Task_ManagementContactsCustomer";
    public static final String TASK_ARRANGE_PERSONAL_MEETING = "Task_ArrangePersonalMeeting";
    public static final String CALL_ACTIVITY_FRONTLINE_TIER = "CallActivity_FrontlineTier";
    public static final String CALL_ACTIVITY_SUPERVISOR_TIER = "CallActivity_SupervisorTier";
    public static final String CALL_ACTIVITY_MANAGEMENT_TIER = "CallActivity_ManagementTier";
    public static final String CALL_ACTIVITY_HEAD_OFFICE_TIER = "CallActivity_HeadOfficeTier";
    public static final String BOUNDARY_EVENT_PULLED_UP_FROM_FRONTLINE = "BoundaryEvent_PulledUpFromFrontline";
    public static final String BOUNDARY_EVENT_PULLED_UP_FROM_SUPERVISOR = "BoundaryEvent_PulledUpFromSupervisor";
    public static final String TASK_MAIL_OUTCOME = "Task_MailOutcome";
    public static final String TASK_PRINT_OUTCOME_LETTER = "Task_PrintOutcomeLetter";
    public static final String TASK_CALL_CUSTOMER_WITH_OUTCOME = "Task_CallCustomerWithOutcome";
    public static final String INTERMEDIATE_EVENT_CUSTOMER_ANSWERED = "IntermediateEvent_CustomerAnswered";
    public static final String INTERMEDIATE_EVENT_NO_ANSWER_IN_TIME = "IntermediateEvent_NoAnswerInTime";
    public static final String TASK_RECORD_REOPEN = "Task_RecordReopen";
    public static final String TASK_DECIDE_FOLLOW_UP = "Task_DecideFollowUp";
    public static final String TASK_CLOSE_COMPLAINT = "Task_CloseComplaint";
    public static final String TASK_CONFIRM_COACHING = "Task_ConfirmCoaching";
    public static final String TASK_CONFIRM_TRAINING = "Task_ConfirmTraining";
    public static final String TASK_ADD_PRE_SHIFT_TOPIC = "Task_AddPreShiftTopic";
    public static final String TASK_RECORD_RECOGNITION = "Task_RecordRecognition";
    public static final String END_EVENT_COMPLAINT_CLOSED = "EndEvent_ComplaintClosed";

    /** Messages the process waits for. */
    public static final String MESSAGE_COMPLAINT_PULLED_UP = "ComplaintPulledUp";
    public static final String MESSAGE_CUSTOMER_ANSWERED = "CustomerAnswered";

    /** Bean names of the delegates the model binds. */
    public static final String DELEGATE_SEND_ACKNOWLEDGEMENT = "sendAcknowledgement";
    public static final String DELEGATE_RECORD_ACKNOWLEDGED_AT_INTAKE = "recordAcknowledgedAtIntake";
    public static final String DELEGATE_MAIL_OUTCOME = "mailOutcome";
    public static final String DELEGATE_PRINT_OUTCOME_LETTER = "printOutcomeLetter";
    public static final String DELEGATE_RECORD_REOPEN = "recordReopen";
    public static final String DELEGATE_CLOSE_COMPLAINT = "closeComplaint";
    public static final String DELEGATE_ADD_PRE_SHIFT_TOPIC = "addPreShiftTopic";
    public static final String DELEGATE_RECORD_RECOGNITION = "recordRecognition";

    /**
     * Bean name of the retry cycle of the steps that run as jobs ({@code camunda:failedJobRetryTimeCycle}), an ISO 8601
     * repeating interval such as {@code R6/PT10M}: configuration, not model.
     */
    public static final String JOB_RETRY_CYCLE = "jobRetryCycle";

    /** Process variables: ids and routing facts only, never the complaint's text or personal data. */
    public static final String VAR_COMPLAINT_ID = "complaintId";
    public static final String VAR_COMPLAINT_REFERENCE = "complaintReference";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_SEVERITY = "severity";
    public static final String VAR_BRANCH_CODE = "branchCode";
    public static final String VAR_REGION = "region";
    /** The employee who received the complaint: the subject of the follow-up. */
    public static final String VAR_RECEIVED_BY = "receivedBy";
    /** When the customer was promised an answer (a date), computed in the branch's business time. */
    public static final String VAR_RESPONSE_DUE_BY = "responseDueBy";
    /** Whether the customer had the receipt at intake (a tier may confirm it later). */
    public static final String VAR_RECEIPT_PRESENTED = "receiptPresented";
    /**
     * Whether the acknowledgement is a message sent after intake (email, web form, SMS); a complaint made in person, by
     * phone or by letter was acknowledged at intake.
     */
    public static final String VAR_ACKNOWLEDGEMENT_TO_SEND = "acknowledgementToSend";
    /** Handbook values fixed when the complaint starts. */
    /** When management must have contacted the customer: management's decision deadline, in business time. */
    public static final String VAR_MANAGEMENT_CONTACT_DUE_BY = "managementContactDueBy";
    public static final String VAR_MANAGEMENT_CONTACT_REQUIRED = "managementContactRequired";
    public static final String VAR_MAX_REOPENS = "maxReopens";
    /** ISO 8601 duration the customer has to answer, e.g. {@code P14D}. */
    public static final String VAR_CUSTOMER_ANSWER_WINDOW = "customerAnswerWindow";
    public static final String VAR_REOPEN_COUNT = "reopenCount";
    /** The tier that resolved the complaint last ({@link org.chantilly.handbook.api.EscalationTier} name). */
    public static final String VAR_RESOLVED_AT_TIER = "resolvedAtTier";
    /** The customer's answer, carried by the CustomerAnswered message. */
    public static final String VAR_SATISFIED = "satisfied";
    /** The follow-up decided (booleans). */
    public static final String VAR_FOLLOW_UP_COACHING = "followUpCoaching";
    public static final String VAR_FOLLOW_UP_TRAINING = "followUpTraining";
    public static final String VAR_FOLLOW_UP_PRE_SHIFT_TOPIC = "followUpPreShiftTopic";
    public static final String VAR_FOLLOW_UP_RECOGNITION = "followUpRecognition";

    private ComplaintHandlingProcess() {
    }
}
