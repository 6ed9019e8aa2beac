package org.chantilly.intake.api;

import org.chantilly.platform.api.Channel;

/**
 * Published inside the transaction that records a complaint. Observers that must succeed for the complaint to
 * exist (starting its process) observe it synchronously; the complaint and their work commit or roll back together.
 * Observers of what has happened (counting it) observe it after the commit.
 *
 * @param complaintId the complaint's technical id
 * @param reference   its human-readable reference
 * @param channel     how it reached the retailer
 */
public record ComplaintReceived(long complaintId, String reference, Channel channel) {
}
