package org.chantilly.handbook.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
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
}
