package org.chantilly.intake.api;

/**
 * A complaint as the receiving employee records it. Checked by the domain: which contact details are required
 * depends on the channel.
 *
 * @param branchCode    the branch the complaint belongs to, e.g. {@code HAM}
 * @param channel       how it reached the retailer
 * @param customerName  who complains
 * @param customerEmail how to reach them by email, if known
 * @param customerPhone how to reach them by phone, if known
 * @param description   what happened, in the customer's and employee's words
 */
public record NewComplaint(
        String branchCode,
        Channel channel,
        String customerName,
        String customerEmail,
        String customerPhone,
        String description) {
}
