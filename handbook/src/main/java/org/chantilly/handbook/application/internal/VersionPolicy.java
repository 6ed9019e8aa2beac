package org.chantilly.handbook.application.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.handbook.domain.HandbookContent;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/** The policy values and texts of one handbook version, fixed. */
final class VersionPolicy implements ServicePolicy {

    private final int number;
    private final ServicePolicy values;
    private final HandbookContent content;

    VersionPolicy(int number, ServicePolicy values, HandbookContent content) {
        this.number = number;
        this.values = values;
        this.content = content;
    }

    @Override
    public String version() {
        return String.valueOf(number);
    }

    @Override
    public String currency() {
        return values.currency();
    }

    @Override
    public Duration expectedResponseTime(Channel channel) {
        return values.expectedResponseTime(channel);
    }

    @Override
    public Duration acknowledgementDeadline(Channel channel) {
        return values.acknowledgementDeadline(channel);
    }

    @Override
    public Duration decisionDeadline(EscalationTier tier, Channel channel, Severity severity) {
        return values.decisionDeadline(tier, channel, severity);
    }

    @Override
    public int reminderPercent() {
        return values.reminderPercent();
    }

    @Override
    public Optional<BigDecimal> empowermentLimit(EscalationTier tier, Remedy remedy) {
        return values.empowermentLimit(tier, remedy);
    }

    @Override
    public boolean receiptRequired(EscalationTier tier, Remedy remedy) {
        return values.receiptRequired(tier, remedy);
    }

    @Override
    public boolean managementContactRequired(Severity severity) {
        return values.managementContactRequired(severity);
    }

    @Override
    public int maxReopens() {
        return values.maxReopens();
    }

    @Override
    public Duration customerAnswerWindow() {
        return values.customerAnswerWindow();
    }

    @Override
    public Duration signingPeriod() {
        return values.signingPeriod();
    }

    @Override
    public Duration signingReminderBefore() {
        return values.signingReminderBefore();
    }

    @Override
    public String handlingAdvice(CustomerType type, String language) {
        return content.handlingAdvice(type.name(), language);
    }

    @Override
    public PhraseGuide phraseGuide(String language) {
        return content.phraseGuide(language);
    }

    @Override
    public Duration duplicateWindow() {
        return values.duplicateWindow();
    }

    @Override
    public String acknowledgementWording(Channel channel, String language) {
        return content.acknowledgementWording(channel.name(), language);
    }

    @Override
    public String outcomeWording(Channel channel, String language) {
        return content.outcomeWording(channel.name(), language);
    }

    /** This version's final response, or the default handbook's where the version was written before there was one. */
    @Override
    public String finalResponseWording(Channel channel, String language) {
        String text = content.finalResponseWording(channel.name(), language);
        return text.isEmpty() ? DefaultHandbook.CONTENT.finalResponseWording(channel.name(), language) : text;
    }
}
