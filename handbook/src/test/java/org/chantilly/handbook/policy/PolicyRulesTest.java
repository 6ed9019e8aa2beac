package org.chantilly.handbook.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.Severity;
import org.junit.jupiter.api.Test;

/** The policy values of a handbook version: materialised from configuration, read back, and checked. */
class PolicyRulesTest {

    private static Map<String, String> defaults() {
        return new LinkedHashMap<>(PolicyRules.materialise(key -> Optional.empty()));
    }

    private static Map<String, String> errors(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : PolicyRules.check(values)) {
            errors.put(error.field(), error.message());
        }
        return errors;
    }

    @Test
    void theBuiltInValuesKeepEveryRuleAndReadBackAsConfigured() {
        Map<String, String> values = defaults();
        assertThat(PolicyRules.check(values)).isEmpty();
        assertThat(values).containsEntry("limit.FRONTLINE.REFUND", "200").containsEntry("limit.FRONTLINE.OTHER", "none")
                .containsEntry("receipt-required.FRONTLINE", "REFUND").containsEntry("management-contact", "HIGH")
                .containsEntry("deadline.SUPERVISOR.PHONE", "P2D").containsEntry("deadline.SUPERVISOR.PHONE.CRITICAL", "P1D")
                .containsEntry("deadline.FRONTLINE.IN_PERSON", "PT2H");
        ServicePolicy policy = PolicyRules.policyOf(values);
        ServicePolicy configured = new ConfiguredServicePolicy(key -> Optional.empty());
        for (EscalationTier tier : EscalationTier.values()) {
            for (Channel channel : Channel.values()) {
                for (Severity severity : Severity.values()) {
                    assertThat(policy.decisionDeadline(tier, channel, severity))
                            .isEqualTo(configured.decisionDeadline(tier, channel, severity));
                }
            }
            for (Remedy remedy : Remedy.values()) {
                assertThat(policy.empowermentLimit(tier, remedy)).isEqualTo(configured.empowermentLimit(tier, remedy));
                assertThat(policy.receiptRequired(tier, remedy)).isEqualTo(configured.receiptRequired(tier, remedy));
            }
        }
        assertThat(policy.signingPeriod()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void configuredValuesAreWhatTheFirstVersionShipsWith() {
        Map<String, String> values = PolicyRules.materialise(key -> key.equals("chantilly.policy.limit.FRONTLINE.REFUND")
                ? Optional.of("150.00") : Optional.empty());
        assertThat(PolicyRules.policyOf(values).empowermentLimit(EscalationTier.FRONTLINE, Remedy.REFUND))
                .contains(new BigDecimal("150.00"));
    }

    @Test
    void eachBrokenValueIsNamedByItsKey() {
        Map<String, String> values = defaults();
        values.put("limit.FRONTLINE.DISCOUNT", "-5");
        values.put("deadline.MANAGEMENT.EMAIL", "soon");
        values.put("reminder-percent", "100");
        values.put("colour", "blue");
        assertThat(errors(values)).containsOnlyKeys("colour");

        values.remove("colour");
        assertThat(errors(values)).containsOnlyKeys("limit.FRONTLINE.DISCOUNT", "deadline.MANAGEMENT.EMAIL",
                "reminder-percent");
    }

    @Test
    void anUnknownCurrencyIsRejected() {
        Map<String, String> values = defaults();
        values.put("currency", "XYZ");
        values.put("limit.FRONTLINE.DISCOUNT", "-5");
        assertThat(errors(values)).containsOnlyKeys("currency", "limit.FRONTLINE.DISCOUNT");
    }

    @Test
    void aHigherTierMayNotGrantLessThanTheTierBelow() {
        Map<String, String> values = defaults();
        values.put("limit.SUPERVISOR.REPLACEMENT", "150");
        values.put("limit.MANAGEMENT.OTHER", "none");
        assertThat(errors(values)).containsOnlyKeys("limit.SUPERVISOR.REPLACEMENT", "limit.MANAGEMENT.OTHER")
                .hasEntrySatisfying("limit.SUPERVISOR.REPLACEMENT", message -> assertThat(message).contains("FRONTLINE"));
    }

    @Test
    void theSigningReminderComesBeforeTheSigningDeadline() {
        Map<String, String> values = defaults();
        values.put("signing-reminder-before", "P20D");
        assertThat(errors(values)).containsOnlyKeys("signing-reminder-before");
    }

    @Test
    void everyValueIsRequired() {
        Map<String, String> values = defaults();
        values.remove("max-reopens");
        assertThat(errors(values)).containsOnlyKeys("max-reopens");
    }
}
