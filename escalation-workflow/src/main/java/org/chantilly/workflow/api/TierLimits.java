package org.chantilly.workflow.api;

import java.util.List;
import java.util.Map;

import org.chantilly.platform.api.Money;

/**
 * The empowerment limits of one tier under the handbook in force, as a task's decision form shows them.
 *
 * @param tier               FRONTLINE, SUPERVISOR, MANAGEMENT or HEAD_OFFICE
 * @param limits             the tier's limit per remedy (absent: not the tier's to grant; zero for an apology, which
 *                           costs nothing)
 * @param receiptRequiredFor the remedies the tier may grant only with the receipt
 * @param currency           the currency of the limits
 */
public record TierLimits(String tier, Map<String, Money> limits, List<String> receiptRequiredFor, String currency) {
}
