package org.chantilly.intake.api;

import java.time.Instant;

/**
 * A complaint as other modules and API clients see it.
 *
 * @param reference     the human-readable reference, e.g. {@code HAM-2026-000123}
 * @param status        where it stands
 * @param channel       how it reached the retailer
 * @param branchCode    the branch it belongs to
 * @param customerName  who complained
 * @param customerEmail their email, or null
 * @param customerPhone their phone number, or null
 * @param description   what happened
 * @param receivedAt    when it was recorded (UTC)
 * @param receivedBy    the login of the employee who recorded it
 */
public record ComplaintSummary(
        String reference,
        ComplaintStatus status,
        Channel channel,
        String branchCode,
        String customerName,
        String customerEmail,
        String customerPhone,
        String description,
        Instant receivedAt,
        String receivedBy) {
}
