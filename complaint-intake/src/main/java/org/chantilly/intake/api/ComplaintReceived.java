package org.chantilly.intake.api;

/**
 * Published inside the transaction that records a complaint. Observers that must succeed for the complaint to
 * exist (starting its process) observe it synchronously; the complaint and their work commit or roll back together.
 *
 * @param complaintId the complaint's technical id
 * @param reference   its human-readable reference
 */
public record ComplaintReceived(long complaintId, String reference) {
}
