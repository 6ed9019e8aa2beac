package org.chantilly.intake.api;

/**
 * Published inside the transaction that changed a complaint (attachment added, duplicate decided, acknowledged).
 *
 * @param complaintId the complaint's technical id
 * @param reference   its reference
 * @param change      what changed, e.g. {@code ATTACHMENT_ADDED}
 */
public record ComplaintUpdated(long complaintId, String reference, String change) {
}
