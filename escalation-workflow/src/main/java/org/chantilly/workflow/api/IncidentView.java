package org.chantilly.workflow.api;

import java.time.Instant;

/**
 * A step of a complaint's process that failed after all its retries (say, a mail server that stayed down).
 *
 * @param id                 the incident's id
 * @param type               the engine's incident type, e.g. {@code failedJob}
 * @param activityId         the BPMN activity that failed, e.g. {@code Task_SendAcknowledgement}
 * @param complaintReference the complaint it belongs to
 * @param message            the last failure's message
 * @param created            when the retries ran out (UTC)
 */
public record IncidentView(String id, String type, String activityId, String complaintReference, String message,
                           Instant created) {
}
