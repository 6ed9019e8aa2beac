package org.chantilly.handbook.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/**
 * The policy values and texts of the customer-service handbook version in force (in the application: read from the
 * handbook; in tests: any implementation). Callers depend only on this interface.
 */
public interface ServicePolicy {

    /**
     * The values and texts of one version, fixed: a decision that reads several values takes them all from the same
     * version, even if another takes effect meanwhile.
     */
    default ServicePolicy snapshot() {
        return this;
    }

    /** The number of the handbook version these values belong to, e.g. {@code 3}; every resolution is stamped with it. */
    String version();

    /** The currency empowerment limits are written in (ISO 4217), e.g. {@code EUR}. */
    String currency();

    /**
     * How soon the customer is promised an answer, by channel, in the branch's business time: whole days are working
     * days, hours are opening hours (written and spoken channels are answered faster than letters).
     */
    Duration expectedResponseTime(Channel channel);

    /** How soon the acknowledgement must reach the customer, in the branch's business time. */
    Duration acknowledgementDeadline(Channel channel);

    /**
     * How long a tier has to decide a complaint, in the branch's business time (as {@link #expectedResponseTime}):
     * per tier and channel, optionally tightened for a severity.
     */
    Duration decisionDeadline(EscalationTier tier, Channel channel, Severity severity);

    /** How far into a tier's deadline its reminder comes, in percent (1 to 99), e.g. 75. */
    int reminderPercent();

    /**
     * Up to which amount (in {@link #currency()}) a tier may grant a remedy; empty when the remedy is not the tier's
     * to grant at all. An apology costs nothing: its limit is zero when it is allowed.
     */
    Optional<BigDecimal> empowermentLimit(EscalationTier tier, Remedy remedy);

    /** Whether the tier may grant the remedy only when the customer shows the receipt (e.g. a frontline refund). */
    boolean receiptRequired(EscalationTier tier, Remedy remedy);

    /** Whether management contacts the customer on a complaint of that severity (in parallel to its handling). */
    boolean managementContactRequired(Severity severity);

    /** How often a customer who is not satisfied may reopen a complaint before it goes straight to head office. */
    int maxReopens();

    /** How long the customer has to say whether they are satisfied before the complaint is closed without an answer. */
    Duration customerAnswerWindow();

    /** How the employee should handle a customer of that type, in the given language (English if not translated). */
    String handlingAdvice(CustomerType type, String language);

    /** What to say and what not to say, in the given language (English if not translated). */
    PhraseGuide phraseGuide(String language);

    /** How long employees have to sign a handbook version once it takes effect. */
    Duration signingPeriod();

    /** How long before the signing deadline those who have not signed are reminded. */
    Duration signingReminderBefore();

    /** How far back a new complaint is compared with the same customer's earlier ones. */
    Duration duplicateWindow();

    /**
     * The acknowledgement's wording for a channel in the given language (English if not translated), with the
     * placeholders {@code {customer}}, {@code {reference}}, {@code {responseTime}} (the duration) and
     * {@code {responseBy}} (the date it ends, in the customer's language). Wordings of versions written before
     * {@code {responseBy}} existed lack it; the date is then given in a sentence of its own.
     */
    String acknowledgementWording(Channel channel, String language);

    /**
     * The wording that tells the customer the outcome (mail or letter) in the given language (English if not
     * translated), with the placeholders {@code {customer}}, {@code {reference}}, {@code {outcome}} and
     * {@code {answerLink}} (empty in a letter).
     */
    String outcomeWording(Channel channel, String language);

    /**
     * The wording of head office's decision, the chain's final response (the term of the FCA's complaint rules,
     * DISP): the outcome, that the complaint is closed with the chain, and where the customer may turn if they do not
     * agree; it asks no answer. Placeholders {@code {customer}}, {@code {reference}} and {@code {outcome}}. A policy
     * without such a wording tells the outcome as any tier does.
     */
    default String finalResponseWording(Channel channel, String language) {
        return outcomeWording(channel, language);
    }

    /**
     * The handbook's phrase guide.
     *
     * @param rules   the ground rules, e.g. "Listen without interrupting."
     * @param phrases what never to say, each with what to say instead
     */
    record PhraseGuide(List<String> rules, List<Phrase> phrases) {
    }

    /** A phrase to avoid and a better one. */
    record Phrase(String avoid, String instead) {
    }
}
