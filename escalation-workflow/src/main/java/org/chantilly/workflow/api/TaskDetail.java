package org.chantilly.workflow.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Money;

/**
 * One open task with what its candidates need to work it.
 *
 * @param task           the task as listed
 * @param kind           the BPMN task id, e.g. {@code Task_DecideComplaint}
 * @param tier           the tier deciding (FRONTLINE, SUPERVISOR, MANAGEMENT, HEAD_OFFICE), or null
 * @param priority       50 normally, higher once the tier has been reminded
 * @param owner          who delegated the task, or null
 * @param channel        the complaint's channel
 * @param customerType   the customer type the employee recorded
 * @param handlingAdvice how to handle that type of customer (handbook), for the employee: in the reader's language
 * @param phraseGuide    what to say and not to say (handbook): its ground rules, advice for the employee, in the
 *                       reader's language; its phrases, words to say to the customer, in the customer's language
 *                       ({@code customerLanguage})
 * @param limits         the tier's empowerment limits per remedy (absent: not theirs to grant)
 * @param receiptRequiredFor the remedies the tier may grant only with the receipt
 * @param currency       the currency of the limits and amounts
 * @param receiptPresented whether the customer had the receipt at intake
 * @param form           the fields to complete it with: name, whether required, allowed values
 * @param earlierDecisions what the tiers below (and earlier rounds) decided on the complaint, oldest first: what
 *                       they proposed and why it came up
 * @param customerLanguage the language the customer is spoken to in (their preferred language, an IETF tag): the
 *                       phrase guide's phrases are in it, and what the employee says to the customer should be; null
 *                       for a task without a complaint
 */
public record TaskDetail(TaskSummary task, String kind, String tier, int priority, String owner, String channel,
                         String customerType, String handlingAdvice, ServicePolicy.PhraseGuide phraseGuide,
                         Map<String, Money> limits, List<String> receiptRequiredFor, String currency,
                         boolean receiptPresented, List<FormField> form, List<EarlierDecision> earlierDecisions,
                         String customerLanguage) {

    /** A task without the customer's language (one without a complaint). */
    public TaskDetail(TaskSummary task, String kind, String tier, int priority, String owner, String channel,
                      String customerType, String handlingAdvice, ServicePolicy.PhraseGuide phraseGuide,
                      Map<String, Money> limits, List<String> receiptRequiredFor, String currency,
                      boolean receiptPresented, List<FormField> form, List<EarlierDecision> earlierDecisions) {
        this(task, kind, tier, priority, owner, channel, customerType, handlingAdvice, phraseGuide, limits,
                receiptRequiredFor, currency, receiptPresented, form, earlierDecisions, null);
    }

    /**
     * A decision an earlier tier took on the complaint.
     *
     * @param at      when
     * @param by      who decided
     * @param tier    the tier that decided (FRONTLINE, SUPERVISOR, MANAGEMENT, HEAD_OFFICE)
     * @param outcome what it decided, e.g. {@code ESCALATE}, {@code HAND_BACK}, or
     *                {@code RESOLVE REFUND 60.00 EUR: escalated, ABOVE_LIMIT} for a remedy beyond its limit
     * @param reason  why it went up or back (or what the customer was told)
     */
    public record EarlierDecision(Instant at, String by, String tier, String outcome, String reason) {
    }

    /**
     * A field of a task's form.
     *
     * @param name      the {@link TaskInput} field
     * @param required  whether it must be given (some only with a certain decision; see {@code when})
     * @param when      the condition under which it is required, e.g. {@code decision=RESOLVE}, or null
     * @param allowed   the values allowed, or empty for free input
     */
    public record FormField(String name, boolean required, String when, List<String> allowed) {
    }
}
