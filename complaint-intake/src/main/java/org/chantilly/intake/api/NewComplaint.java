package org.chantilly.intake.api;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/**
 * A complaint as it is recorded on the one form. Which contact details are required depends on the channel.
 *
 * @param branchCode      the branch it belongs to
 * @param channel         how it reached the retailer
 * @param customer        who complains
 * @param customerType    how the employee reads the customer
 * @param category        what it is about
 * @param severity        how serious it is
 * @param description     what happened
 * @param customerRequest what the customer asks for, or null
 * @param purchase        the purchase it is about, or null
 */
public record NewComplaint(
        String branchCode,
        Channel channel,
        CustomerDetails customer,
        CustomerType customerType,
        ComplaintCategory category,
        Severity severity,
        String description,
        String customerRequest,
        PurchaseDetails purchase) {
}
