package org.chantilly.intake.api;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/**
 * A search over complaints; null filters do not restrict.
 *
 * @param branches      the branches to search; null for every branch
 * @param statuses      the statuses a complaint may have (any one of them); null or empty for every status
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
public record ComplaintQuery(List<String> branches, Set<ComplaintStatus> statuses, Channel channel,
                             CustomerType customerType, Severity severity, ComplaintCategory category,
                             Instant receivedFrom, Instant receivedTo, String text, Sort sort, int page, int size) {

    /** The statuses of a complaint still being handled: every one but {@link ComplaintStatus#CLOSED}. */
    public static final Set<ComplaintStatus> OPEN = Set.copyOf(EnumSet.complementOf(EnumSet.of(ComplaintStatus.CLOSED)));

    public ComplaintQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** The orders a search can have. */
    public enum Sort {
        RECEIVED_AT_DESC, RECEIVED_AT_ASC, REFERENCE_ASC, SEVERITY_DESC
    }
}
