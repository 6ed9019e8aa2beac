package org.chantilly.intake.api;

import java.time.Instant;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/** One complaint in a search result. */
public record ComplaintListItem(String reference, ComplaintStatus status, Channel channel, String branchCode,
                                Instant receivedAt, String customerName, CustomerType customerType,
                                ComplaintCategory category, Severity severity, String possibleDuplicateOf) {
}
