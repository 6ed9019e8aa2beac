package org.chantilly.workflow.domain;

/**
 * The ids and variable names of {@code bpmn/ComplaintHandlingProcess.bpmn} that Java code uses. The model is the
 * routing truth; this class only mirrors its names.
 */
public final class ComplaintHandlingProcess {

    public static final String RESOURCE = "bpmn/ComplaintHandlingProcess.bpmn";
    public static final String PROCESS_KEY = "ComplaintHandlingProcess";

    public static final String START_EVENT_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
    public static final String GATEWAY_ACKNOWLEDGE_AND_RESOLVE = "Gateway_AcknowledgeAndResolve";
    public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    public static final String END_EVENT_CUSTOMER_ACKNOWLEDGED = "EndEvent_CustomerAcknowledged";
    public static final String TASK_RESOLVE_COMPLAINT = "Task_ResolveComplaint";
    public static final String END_EVENT_COMPLAINT_HANDLED = "EndEvent_ComplaintHandled";

    /** The bean name of the delegate that sends the acknowledgement. */
    public static final String DELEGATE_SEND_ACKNOWLEDGEMENT = "sendAcknowledgement";

    /** Process variables: ids and routing facts only, never the complaint's text or personal data. */
    public static final String VAR_COMPLAINT_ID = "complaintId";
    public static final String VAR_COMPLAINT_REFERENCE = "complaintReference";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_BRANCH_CODE = "branchCode";
    /** When the customer was promised an answer (a date), computed in the branch's business time. */
    public static final String VAR_RESPONSE_DUE_BY = "responseDueBy";

    private ComplaintHandlingProcess() {
    }
}
