package org.chantilly.intake.api;

import java.time.Instant;
import java.util.List;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/**
 * A search over complaints; null filters do not restrict.
 *
 * @param branches      the branches to search; null for every branch
 * @param status        status
 * @param channel       channel
 * @param customerType  customer type
 * @param severity      severity
 * @param category      category
 * @param receivedFrom  received at or after
 * @param receivedTo    received before
 * @param text          words to find in the reference, the customer's name or the description
 * @param sort          the order
 * @param page          zero-based page
 * @param size          items per page
 */
public record ComplaintQuery(List<String> branches, ComplaintStatus status, Channel channel, CustomerType customerType,
                             Severity severity, ComplaintCategory category, Instant receivedFrom, Instant receivedTo,
                             String text, Sort sort, int page, int size) {

    /** The orders a search can have. */
    public enum Sort {
        RECEIVED_AT_DESC, RECEIVED_AT_ASC, REFERENCE_ASC, SEVERITY_DESC
    }
}
