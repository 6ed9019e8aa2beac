package org.chantilly.handbook.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;
import org.junit.jupiter.api.Test;

class ConfiguredServicePolicyTest {

    private static ConfiguredServicePolicy with(Map<String, String> settings) {
        return new ConfiguredServicePolicy(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void lettersWaitLongerThanWrittenAndSpokenChannels() {
        ConfiguredServicePolicy policy = with(Map.of());
        assertThat(policy.expectedResponseTime(Channel.LETTER)).isEqualTo(Duration.ofDays(5));
        assertThat(policy.expectedResponseTime(Channel.EMAIL)).isEqualTo(Duration.ofDays(2));
        for (Channel channel : Channel.values()) {
            assertThat(policy.expectedResponseTime(channel)).isLessThanOrEqualTo(policy.expectedResponseTime(Channel.LETTER));
        }
        assertThat(policy.duplicateWindow()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void configurationOverridesTheDefaults() {
        ConfiguredServicePolicy policy = with(Map.of("chantilly.policy.response-time.EMAIL", "PT4H",
                "chantilly.policy.duplicate-window", "P30D"));
        assertThat(policy.expectedResponseTime(Channel.EMAIL)).isEqualTo(Duration.ofHours(4));
        assertThat(policy.duplicateWindow()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aWrongValueFailsLoudly() {
        assertThatIllegalStateException().isThrownBy(
                () -> with(Map.of("chantilly.policy.response-time.SMS", "two days")).expectedResponseTime(Channel.SMS));
        assertThatIllegalStateException().isThrownBy(
                () -> with(Map.of("chantilly.policy.duplicate-window", "-P1D")).duplicateWindow());
    }

    @Test
    void everyTypeAndChannelHasEnglishWordingAndMissingTranslationsFallBackToIt() {
        ConfiguredServicePolicy policy = with(Map.of());
        for (CustomerType type : CustomerType.values()) {
            assertThat(policy.handlingAdvice(type, "en")).isNotBlank();
            assertThat(policy.handlingAdvice(type, "ru")).isEqualTo(policy.handlingAdvice(type, "en"));
        }
        for (Channel channel : Channel.values()) {
            assertThat(policy.acknowledgementWording(channel, "en")).contains("{reference}", "{responseTime}");
            assertThat(policy.acknowledgementWording(channel, "de-AT")).contains("{reference}");
        }
        assertThat(policy.handlingAdvice(CustomerType.IRRITATED_LOYAL, "de-CH")).contains("treuer Kunde");
        assertThat(policy.acknowledgementWording(Channel.SMS, "de")).isEqualTo(policy.acknowledgementWording(Channel.SMS, "en"));
    }

    @Test
    void theConfiguredValuesAreTheFirstVersionsAndTheCurrencyCanBeConfigured() {
        assertThat(with(Map.of()).version()).isEqualTo("1");
        assertThat(with(Map.of()).currency()).isEqualTo("EUR");
        ConfiguredServicePolicy policy = with(Map.of("chantilly.policy.currency", "CHF"));
        assertThat(policy.version()).isEqualTo("1");
        assertThat(policy.currency()).isEqualTo("CHF");
    }

    @Test
    void aCurrencyThatIsNotThreeUpperCaseLettersFailsNamingItsKey() {
        for (String currency : new String[] {"eur", "EURO", "E1R"}) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> with(Map.of("chantilly.policy.currency", currency)).currency())
                    .withMessageContaining("chantilly.policy.currency");
        }
    }

    @Test
    void acknowledgementsAreDueWithinAnHourExceptLettersWithinADay() {
        ConfiguredServicePolicy policy = with(Map.of());
        for (Channel channel : Channel.values()) {
            assertThat(policy.acknowledgementDeadline(channel))
                    .isEqualTo(channel == Channel.LETTER ? Duration.ofDays(1) : Duration.ofHours(1));
        }
        assertThat(with(Map.of("chantilly.policy.acknowledgement-deadline.SMS", "PT15M")).acknowledgementDeadline(
                Channel.SMS)).isEqualTo(Duration.ofMinutes(15));
        assertThatIllegalStateException().isThrownBy(() -> with(Map.of(
                        "chantilly.policy.acknowledgement-deadline.LETTER", "PT0S")).acknowledgementDeadline(Channel.LETTER))
                .withMessageContaining("chantilly.policy.acknowledgement-deadline.LETTER");
    }

    @Test
    void eachTierHasItsBuiltInDecisionDeadlinePerChannel() {
        ConfiguredServicePolicy policy = with(Map.of());
        assertThat(policy.decisionDeadline(EscalationTier.FRONTLINE, Channel.IN_PERSON, Severity.MEDIUM))
                .isEqualTo(Duration.ofHours(2));
        assertThat(policy.decisionDeadline(EscalationTier.FRONTLINE, Channel.EMAIL, Severity.MEDIUM))
                .isEqualTo(Duration.ofDays(1));
        assertThat(policy.decisionDeadline(EscalationTier.FRONTLINE, Channel.LETTER, Severity.MEDIUM))
                .isEqualTo(Duration.ofDays(2));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.IN_PERSON, Severity.LOW))
                .isEqualTo(Duration.ofDays(1));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.PHONE, Severity.LOW))
                .isEqualTo(Duration.ofDays(2));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.LETTER, Severity.LOW))
                .isEqualTo(Duration.ofDays(5));
        assertThat(policy.decisionDeadline(EscalationTier.MANAGEMENT, Channel.IN_PERSON, Severity.HIGH))
                .isEqualTo(Duration.ofDays(3));
        assertThat(policy.decisionDeadline(EscalationTier.MANAGEMENT, Channel.WEB, Severity.HIGH))
                .isEqualTo(Duration.ofDays(3));
        assertThat(policy.decisionDeadline(EscalationTier.MANAGEMENT, Channel.LETTER, Severity.HIGH))
                .isEqualTo(Duration.ofDays(5));
        assertThat(policy.decisionDeadline(EscalationTier.HEAD_OFFICE, Channel.SMS, Severity.HIGH))
                .isEqualTo(Duration.ofDays(5));
        assertThat(policy.decisionDeadline(EscalationTier.HEAD_OFFICE, Channel.LETTER, Severity.HIGH))
                .isEqualTo(Duration.ofDays(10));
        for (EscalationTier tier : EscalationTier.values()) {
            for (Channel channel : Channel.values()) {
                for (Severity severity : Severity.values()) {
                    assertThat(policy.decisionDeadline(tier, channel, severity)).isGreaterThan(Duration.ZERO);
                }
            }
        }
    }

    @Test
    void aCriticalComplaintHalvesTheBuiltInDeadlinesOfWholeDaysButNotBelowFourHours() {
        ConfiguredServicePolicy policy = with(Map.of());
        assertThat(policy.decisionDeadline(EscalationTier.FRONTLINE, Channel.EMAIL, Severity.CRITICAL))
                .isEqualTo(Duration.ofHours(4));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.EMAIL, Severity.CRITICAL))
                .isEqualTo(Duration.ofDays(1));
        assertThat(policy.decisionDeadline(EscalationTier.MANAGEMENT, Channel.PHONE, Severity.CRITICAL))
                .isEqualTo(Duration.ofDays(1));
        assertThat(policy.decisionDeadline(EscalationTier.HEAD_OFFICE, Channel.WEB, Severity.CRITICAL))
                .isEqualTo(Duration.ofDays(2));
    }

    @Test
    void theCriticalTighteningLeavesLettersHoursAndOtherSeveritiesAlone() {
        ConfiguredServicePolicy policy = with(Map.of());
        assertThat(policy.decisionDeadline(EscalationTier.HEAD_OFFICE, Channel.LETTER, Severity.CRITICAL))
                .isEqualTo(Duration.ofDays(10));
        assertThat(policy.decisionDeadline(EscalationTier.FRONTLINE, Channel.IN_PERSON, Severity.CRITICAL))
                .isEqualTo(Duration.ofHours(2));
        assertThat(policy.decisionDeadline(EscalationTier.HEAD_OFFICE, Channel.WEB, Severity.HIGH))
                .isEqualTo(Duration.ofDays(5));
        assertThat(ConfiguredServicePolicy.tightened(Duration.ofHours(36), Channel.EMAIL, Severity.CRITICAL))
                .isEqualTo(Duration.ofHours(36));
    }

    @Test
    void theMostSpecificConfiguredDeadlineWinsAndIsTakenAsItIs() {
        ConfiguredServicePolicy policy = with(Map.of(
                "chantilly.policy.deadline.SUPERVISOR.EMAIL.CRITICAL", "PT6H",
                "chantilly.policy.deadline.SUPERVISOR.EMAIL", "P3D",
                "chantilly.policy.deadline.SUPERVISOR", "P4D"));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.EMAIL, Severity.CRITICAL))
                .isEqualTo(Duration.ofHours(6));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.EMAIL, Severity.HIGH))
                .isEqualTo(Duration.ofDays(3));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.LETTER, Severity.HIGH))
                .isEqualTo(Duration.ofDays(4));
        assertThat(policy.decisionDeadline(EscalationTier.SUPERVISOR, Channel.PHONE, Severity.CRITICAL))
                .as("a configured tier-wide value is not tightened")
                .isEqualTo(Duration.ofDays(4));
        assertThat(policy.decisionDeadline(EscalationTier.FRONTLINE, Channel.EMAIL, Severity.HIGH))
                .as("other tiers keep their defaults")
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aConfiguredPerChannelDeadlineIsNotTightenedForACriticalComplaint() {
        ConfiguredServicePolicy policy = with(Map.of("chantilly.policy.deadline.MANAGEMENT.PHONE", "P2D"));
        assertThat(policy.decisionDeadline(EscalationTier.MANAGEMENT, Channel.PHONE, Severity.CRITICAL))
                .isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aWrongDeadlineFailsNamingItsKey() {
        assertThatIllegalStateException().isThrownBy(() -> with(Map.of("chantilly.policy.deadline.FRONTLINE.SMS.LOW",
                        "tomorrow")).decisionDeadline(EscalationTier.FRONTLINE, Channel.SMS, Severity.LOW))
                .withMessageContaining("chantilly.policy.deadline.FRONTLINE.SMS.LOW");
        assertThatIllegalStateException().isThrownBy(() -> with(Map.of("chantilly.policy.deadline.HEAD_OFFICE",
                        "-P1D")).decisionDeadline(EscalationTier.HEAD_OFFICE, Channel.SMS, Severity.LOW))
                .withMessageContaining("chantilly.policy.deadline.HEAD_OFFICE");
    }

    @Test
    void theReminderComesAtThreeQuartersOfTheDeadlineUnlessConfigured() {
        assertThat(with(Map.of()).reminderPercent()).isEqualTo(75);
        assertThat(with(Map.of("chantilly.policy.reminder-percent", "50")).reminderPercent()).isEqualTo(50);
        for (String percent : new String[] {"0", "100", "-5", "75%", "half"}) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> with(Map.of("chantilly.policy.reminder-percent", percent)).reminderPercent())
                    .withMessageContaining("chantilly.policy.reminder-percent");
        }
    }

    @Test
    void eachTierHasItsBuiltInEmpowermentLimits() {
        ConfiguredServicePolicy policy = with(Map.of());
        assertThat(policy.empowermentLimit(EscalationTier.FRONTLINE, Remedy.REFUND)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("200"));
        assertThat(policy.empowermentLimit(EscalationTier.FRONTLINE, Remedy.DISCOUNT)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("50"));
        assertThat(policy.empowermentLimit(EscalationTier.FRONTLINE, Remedy.FREE_GOODS)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("30"));
        assertThat(policy.empowermentLimit(EscalationTier.FRONTLINE, Remedy.OTHER)).isEmpty();
        assertThat(policy.empowermentLimit(EscalationTier.SUPERVISOR, Remedy.STORE_CREDIT)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("500"));
        assertThat(policy.empowermentLimit(EscalationTier.SUPERVISOR, Remedy.OTHER)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("200"));
        assertThat(policy.empowermentLimit(EscalationTier.MANAGEMENT, Remedy.REPLACEMENT)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("5000"));
        assertThat(policy.empowermentLimit(EscalationTier.MANAGEMENT, Remedy.DISCOUNT)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("2000"));
        for (Remedy remedy : Remedy.values()) {
            assertThat(policy.empowermentLimit(EscalationTier.HEAD_OFFICE, remedy)).hasValueSatisfying(limit ->
                    assertThat(limit).isEqualByComparingTo(remedy == Remedy.APOLOGY ? "0" : "50000"));
        }
    }

    @Test
    void everyTierMayApologiseAndEachTierMayGrantAtLeastWhatTheTierBelowMay() {
        ConfiguredServicePolicy policy = with(Map.of());
        for (EscalationTier tier : EscalationTier.values()) {
            assertThat(policy.empowermentLimit(tier, Remedy.APOLOGY)).contains(BigDecimal.ZERO);
            for (Remedy remedy : Remedy.values()) {
                BigDecimal below = policy.empowermentLimit(tier, remedy).orElse(BigDecimal.ZERO);
                assertThat(policy.empowermentLimit(tier.next(), remedy)).hasValueSatisfying(
                        above -> assertThat(above).isGreaterThanOrEqualTo(below));
            }
        }
    }

    @Test
    void configuredLimitsOverrideTheDefaultsAndNoneWithdrawsARemedy() {
        ConfiguredServicePolicy policy = with(Map.of(
                "chantilly.policy.limit.FRONTLINE.REFUND", "150.50",
                "chantilly.policy.limit.FRONTLINE.OTHER", "25",
                "chantilly.policy.limit.SUPERVISOR.FREE_GOODS", "none",
                "chantilly.policy.limit.SUPERVISOR.APOLOGY", "NONE"));
        assertThat(policy.empowermentLimit(EscalationTier.FRONTLINE, Remedy.REFUND)).contains(new BigDecimal("150.50"));
        assertThat(policy.empowermentLimit(EscalationTier.FRONTLINE, Remedy.OTHER)).contains(new BigDecimal("25"));
        assertThat(policy.empowermentLimit(EscalationTier.SUPERVISOR, Remedy.FREE_GOODS)).isEmpty();
        assertThat(policy.empowermentLimit(EscalationTier.SUPERVISOR, Remedy.APOLOGY)).isEmpty();
        assertThat(policy.empowermentLimit(EscalationTier.SUPERVISOR, Remedy.REFUND)).hasValueSatisfying(
                limit -> assertThat(limit).isEqualByComparingTo("1000"));
    }

    @Test
    void aLimitThatIsNoAmountOrNegativeFailsNamingItsKey() {
        for (String limit : new String[] {"-1", "200 EUR", "lots", "1e3", ""}) {
            assertThatIllegalStateException().isThrownBy(() -> with(Map.of("chantilly.policy.limit.FRONTLINE.REFUND",
                            limit)).empowermentLimit(EscalationTier.FRONTLINE, Remedy.REFUND))
                    .withMessageContaining("chantilly.policy.limit.FRONTLINE.REFUND");
        }
        assertThatIllegalStateException().isThrownBy(() -> with(Map.of("chantilly.policy.limit.MANAGEMENT.APOLOGY",
                        "10")).empowermentLimit(EscalationTier.MANAGEMENT, Remedy.APOLOGY))
                .withMessageContaining("chantilly.policy.limit.MANAGEMENT.APOLOGY");
    }

    @Test
    void onlyAFrontlineRefundNeedsAReceiptByDefault() {
        ConfiguredServicePolicy policy = with(Map.of());
        for (EscalationTier tier : EscalationTier.values()) {
            for (Remedy remedy : Remedy.values()) {
                assertThat(policy.receiptRequired(tier, remedy))
                        .isEqualTo(tier == EscalationTier.FRONTLINE && remedy == Remedy.REFUND);
            }
        }
    }

    @Test
    void configuredReceiptRulesReplaceTheTiersDefault() {
        ConfiguredServicePolicy policy = with(Map.of(
                "chantilly.policy.receipt-required.FRONTLINE", "",
                "chantilly.policy.receipt-required.SUPERVISOR", "REFUND, REPLACEMENT",
                "chantilly.policy.receipt-required.MANAGEMENT", "none"));
        assertThat(policy.receiptRequired(EscalationTier.FRONTLINE, Remedy.REFUND)).isFalse();
        assertThat(policy.receiptRequired(EscalationTier.SUPERVISOR, Remedy.REFUND)).isTrue();
        assertThat(policy.receiptRequired(EscalationTier.SUPERVISOR, Remedy.REPLACEMENT)).isTrue();
        assertThat(policy.receiptRequired(EscalationTier.SUPERVISOR, Remedy.DISCOUNT)).isFalse();
        assertThat(policy.receiptRequired(EscalationTier.MANAGEMENT, Remedy.REFUND)).isFalse();
    }

    @Test
    void anUnknownRemedyInTheReceiptRulesFailsNamingItsKey() {
        for (String remedies : new String[] {"REFUND,CASH", "refund", "REFUND,,DISCOUNT"}) {
            assertThatIllegalStateException().isThrownBy(() -> with(Map.of(
                            "chantilly.policy.receipt-required.SUPERVISOR", remedies))
                            .receiptRequired(EscalationTier.SUPERVISOR, Remedy.REFUND))
                    .withMessageContaining("chantilly.policy.receipt-required.SUPERVISOR");
        }
    }

    @Test
    void managementContactsTheCustomerOnHighAndCriticalComplaintsByDefault() {
        ConfiguredServicePolicy policy = with(Map.of());
        assertThat(policy.managementContactRequired(Severity.LOW)).isFalse();
        assertThat(policy.managementContactRequired(Severity.MEDIUM)).isFalse();
        assertThat(policy.managementContactRequired(Severity.HIGH)).isTrue();
        assertThat(policy.managementContactRequired(Severity.CRITICAL)).isTrue();
    }

    @Test
    void managementContactCanBeSetToAlwaysNeverOrAnotherSeverity() {
        String key = "chantilly.policy.management-contact";
        for (Severity severity : Severity.values()) {
            assertThat(with(Map.of(key, "ALWAYS")).managementContactRequired(severity)).isTrue();
            assertThat(with(Map.of(key, "NEVER")).managementContactRequired(severity)).isFalse();
            assertThat(with(Map.of(key, "CRITICAL")).managementContactRequired(severity))
                    .isEqualTo(severity == Severity.CRITICAL);
            assertThat(with(Map.of(key, "MEDIUM")).managementContactRequired(severity))
                    .isEqualTo(severity != Severity.LOW);
        }
        assertThatIllegalStateException().isThrownBy(() -> with(Map.of(key, "SOMETIMES"))
                        .managementContactRequired(Severity.HIGH))
                .withMessageContaining(key);
    }

    @Test
    void aCustomerMayReopenTwiceAndHasTwoWeeksToAnswerUnlessConfigured() {
        assertThat(with(Map.of()).maxReopens()).isEqualTo(2);
        assertThat(with(Map.of()).customerAnswerWindow()).isEqualTo(Duration.ofDays(14));
        ConfiguredServicePolicy policy = with(Map.of("chantilly.policy.max-reopens", "0",
                "chantilly.policy.customer-answer-window", "P7D"));
        assertThat(policy.maxReopens()).isZero();
        assertThat(policy.customerAnswerWindow()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aWrongReopenCountOrAnswerWindowFailsNamingItsKey() {
        for (String reopens : new String[] {"-1", "two", "1.5"}) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> with(Map.of("chantilly.policy.max-reopens", reopens)).maxReopens())
                    .withMessageContaining("chantilly.policy.max-reopens");
        }
        for (String window : new String[] {"14", "P0D", "-P14D"}) {
            assertThatIllegalStateException().isThrownBy(() -> with(Map.of("chantilly.policy.customer-answer-window",
                            window)).customerAnswerWindow())
                    .withMessageContaining("chantilly.policy.customer-answer-window");
        }
    }

    @Test
    void thePhraseGuideHasFourRulesAndBetterWordsForWhatNeverToSay() {
        ServicePolicy.PhraseGuide english = with(Map.of()).phraseGuide("en");
        assertThat(english.rules()).hasSize(4).allSatisfy(rule -> assertThat(rule).isNotBlank());
        assertThat(english.rules()).anySatisfy(rule -> assertThat(rule).containsIgnoringCase("interrupt"));
        assertThat(english.rules()).anySatisfy(rule -> assertThat(rule).containsIgnoringCase("personally"));
        assertThat(english.rules()).anySatisfy(rule -> assertThat(rule).containsIgnoringCase("apologise"));
        assertThat(english.rules()).anySatisfy(rule -> assertThat(rule).contains("not my job"));
        assertThat(english.phrases()).extracting(ServicePolicy.Phrase::avoid).contains("I don't know.",
                "I don't care.", "I can't be bothered.", "Don't come back.", "I'm right and you're wrong.",
                "Hurry up.", "That's not my department.");
        assertThat(english.phrases()).allSatisfy(phrase -> assertThat(phrase.instead()).isNotBlank());
        assertThat(english.phrases()).anySatisfy(phrase -> {
            assertThat(phrase.avoid()).isEqualTo("I don't know.");
            assertThat(phrase.instead()).contains("find out");
        });
    }

    @Test
    void thePhraseGuideIsTranslatedToGermanAndFallsBackToEnglish() {
        ConfiguredServicePolicy policy = with(Map.of());
        ServicePolicy.PhraseGuide german = policy.phraseGuide("de-AT");
        assertThat(german.rules()).hasSize(4);
        assertThat(german.phrases()).hasSameSizeAs(policy.phraseGuide("en").phrases());
        assertThat(german.phrases()).extracting(ServicePolicy.Phrase::avoid).contains("Das weiß ich nicht.",
                "Dafür bin ich nicht zuständig.");
        assertThat(policy.phraseGuide("fr")).isEqualTo(policy.phraseGuide("en"));
        assertThat(policy.phraseGuide(null)).isEqualTo(policy.phraseGuide("en"));
    }

    @Test
    void outcomeMailsAskForTheAnswerThroughTheLinkAndLettersHaveNone() {
        ConfiguredServicePolicy policy = with(Map.of());
        for (String language : new String[] {"en", "de"}) {
            for (Channel channel : Channel.values()) {
                assertThat(policy.outcomeWording(channel, language)).contains("{reference}", "{outcome}");
            }
            for (Channel mail : new Channel[] {Channel.EMAIL, Channel.WEB}) {
                assertThat(policy.outcomeWording(mail, language)).contains("{customer}", "{answerLink}");
            }
            assertThat(policy.outcomeWording(Channel.LETTER, language)).contains("{customer}")
                    .doesNotContain("{answerLink}");
        }
        assertThat(policy.outcomeWording(Channel.EMAIL, "en")).contains("satisfied");
        assertThat(policy.outcomeWording(Channel.EMAIL, "de")).contains("zufrieden");
        assertThat(policy.outcomeWording(Channel.SMS, "en")).hasSizeLessThan(160)
                .isNotEqualTo(policy.outcomeWording(Channel.EMAIL, "en"));
    }

    @Test
    void outcomeWordingFallsBackToEnglish() {
        ConfiguredServicePolicy policy = with(Map.of());
        for (Channel channel : Channel.values()) {
            assertThat(policy.outcomeWording(channel, "sv-FI")).isEqualTo(policy.outcomeWording(channel, "en"));
            assertThat(policy.outcomeWording(channel, null)).isEqualTo(policy.outcomeWording(channel, "en"));
        }
        assertThat(policy.outcomeWording(Channel.LETTER, "de-CH")).contains("Sehr geehrte");
    }
}
