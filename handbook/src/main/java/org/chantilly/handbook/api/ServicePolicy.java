package org.chantilly.handbook.api;

import java.time.Duration;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;

/**
 * The policy values of the customer-service handbook that intake reads. Until versioned handbooks exist they come
 * from configuration with sensible defaults; callers depend only on this interface.
 */
public interface ServicePolicy {

    /**
     * How soon the customer is promised an answer, by channel, in the branch's business time: whole days are working
     * days, hours are opening hours (written and spoken channels are answered faster than letters).
     */
    Duration expectedResponseTime(Channel channel);

    /** How the employee should handle a customer of that type, in the given language (English if not translated). */
    String handlingAdvice(CustomerType type, String language);

    /** How far back a new complaint is compared with the same customer's earlier ones. */
    Duration duplicateWindow();

    /**
     * The acknowledgement's wording for a channel in the given language (English if not translated), with the
     * placeholders {@code {customer}}, {@code {reference}} and {@code {responseTime}}.
     */
    String acknowledgementWording(Channel channel, String language);
}
