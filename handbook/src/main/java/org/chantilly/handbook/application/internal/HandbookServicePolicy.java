package org.chantilly.handbook.application.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.handbook.domain.HandbookContent;
import org.chantilly.handbook.domain.HandbookRepository;
import org.chantilly.handbook.domain.HandbookVersion;
import org.chantilly.handbook.policy.PolicyRules;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/**
 * The service policy of the handbook version in force: its policy values and texts. Every decision reads the version
 * in force when it is taken; a version read is kept for a few seconds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HandbookServicePolicy implements ServicePolicy {

    /** How long a version read stays in use before the version in force is read again. */
    static final Duration REFRESH = Duration.ofSeconds(2);

    private record InForce(VersionPolicy policy, Instant readAt) {
    }

    @Inject
    HandbookRepository repository;

    @Inject
    Clock clock;

    private volatile InForce cached;

    private InForce current() {
        Instant now = clock.instant();
        InForce known = cached;
        if (known == null || known.readAt().plus(REFRESH).isBefore(now)) {
            HandbookVersion version = repository.inForceAt(now)
                    .orElseThrow(() -> new IllegalStateException("no handbook version is in force"));
            known = new InForce(new VersionPolicy(version.number(), PolicyRules.policyOf(HandbookService.policy(version)),
                    HandbookContent.parse(version.content())), now);
            cached = known;
        }
        return known;
    }

    @Override
    public ServicePolicy snapshot() {
        return current().policy();
    }


    @Override
    public String version() {
        return current().policy().version();
    }

    @Override
    public String currency() {
        return current().policy().currency();
    }

    @Override
    public Duration expectedResponseTime(Channel channel) {
        return current().policy().expectedResponseTime(channel);
    }

    @Override
    public Duration acknowledgementDeadline(Channel channel) {
        return current().policy().acknowledgementDeadline(channel);
    }

    @Override
    public Duration decisionDeadline(EscalationTier tier, Channel channel, Severity severity) {
        return current().policy().decisionDeadline(tier, channel, severity);
    }

    @Override
    public int reminderPercent() {
        return current().policy().reminderPercent();
    }

    @Override
    public Optional<BigDecimal> empowermentLimit(EscalationTier tier, Remedy remedy) {
        return current().policy().empowermentLimit(tier, remedy);
    }

    @Override
    public boolean receiptRequired(EscalationTier tier, Remedy remedy) {
        return current().policy().receiptRequired(tier, remedy);
    }

    @Override
    public boolean managementContactRequired(Severity severity) {
        return current().policy().managementContactRequired(severity);
    }

    @Override
    public int maxReopens() {
        return current().policy().maxReopens();
    }

    @Override
    public Duration customerAnswerWindow() {
        return current().policy().customerAnswerWindow();
    }

    @Override
    public Duration signingPeriod() {
        return current().policy().signingPeriod();
    }

    @Override
    public Duration signingReminderBefore() {
        return current().policy().signingReminderBefore();
    }

    @Override
    public String handlingAdvice(CustomerType type, String language) {
        return current().policy().handlingAdvice(type, language);
    }

    @Override
    public PhraseGuide phraseGuide(String language) {
        return current().policy().phraseGuide(language);
    }

    @Override
    public Duration duplicateWindow() {
        return current().policy().duplicateWindow();
    }

    @Override
    public String acknowledgementWording(Channel channel, String language) {
        return current().policy().acknowledgementWording(channel, language);
    }

    @Override
    public String outcomeWording(Channel channel, String language) {
        return current().policy().outcomeWording(channel, language);
    }

    @Override
    public String finalResponseWording(Channel channel, String language) {
        return current().policy().finalResponseWording(channel, language);
    }
}
