package org.chantilly.handbook.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.HandbookMessage;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Severity;

/**
 * The policy values of a handbook version as data: a map from keys (the configuration keys without
 * {@code chantilly.policy.}, e.g. {@code limit.FRONTLINE.REFUND} or {@code deadline.SUPERVISOR.EMAIL}) to values, each
 * with its type, and the rules a set of values must keep.
 */
public final class PolicyRules {

    static final String PREFIX = "chantilly.policy.";

    private PolicyRules() {
    }

    /** A policy that reads these values (every key present; see {@link #materialise}). */
    public static ServicePolicy policyOf(Map<String, String> values) {
        return new ConfiguredServicePolicy(key -> Optional.ofNullable(values.get(key.substring(PREFIX.length()))));
    }

    /** Every value of a policy, key by key in a stable order, e.g. the configured one the first handbook ships with. */
    public static Map<String, String> materialise(Function<String, Optional<String>> settings) {
        ServicePolicy policy = new ConfiguredServicePolicy(settings);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("currency", policy.currency());
        for (Channel channel : Channel.values()) {
            values.put("response-time." + channel, iso(policy.expectedResponseTime(channel)));
            values.put("acknowledgement-deadline." + channel, iso(policy.acknowledgementDeadline(channel)));
        }
        for (EscalationTier tier : EscalationTier.values()) {
            for (Channel channel : Channel.values()) {
                Duration usual = policy.decisionDeadline(tier, channel, Severity.LOW);
                values.put("deadline." + tier + "." + channel, iso(usual));
                for (Severity severity : Severity.values()) {
                    Duration deadline = policy.decisionDeadline(tier, channel, severity);
                    if (!deadline.equals(usual)) {
                        values.put("deadline." + tier + "." + channel + "." + severity, iso(deadline));
                    }
                }
            }
        }
        values.put("reminder-percent", String.valueOf(policy.reminderPercent()));
        for (EscalationTier tier : EscalationTier.values()) {
            for (Remedy remedy : Remedy.values()) {
                values.put("limit." + tier + "." + remedy,
                        policy.empowermentLimit(tier, remedy).map(BigDecimal::toPlainString).orElse("none"));
            }
            String receipt = Arrays.stream(Remedy.values()).filter(r -> policy.receiptRequired(tier, r))
                    .map(Remedy::name).collect(Collectors.joining(","));
            values.put("receipt-required." + tier, receipt.isEmpty() ? "none" : receipt);
        }
        values.put("management-contact", managementContact(policy));
        values.put("max-reopens", String.valueOf(policy.maxReopens()));
        values.put("customer-answer-window", iso(policy.customerAnswerWindow()));
        values.put("duplicate-window", iso(policy.duplicateWindow()));
        values.put("signing-period", iso(policy.signingPeriod()));
        values.put("signing-reminder-before", iso(policy.signingReminderBefore()));
        return values;
    }

    /**
     * Every broken rule of a set of values, named by its key: unknown or missing keys, values of the wrong type
     * (negative limits, unknown currencies, malformed durations), a higher tier that may grant less than the tier
     * below, a signing reminder that does not come before the signing deadline.
     */
    public static List<FieldError> check(Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> expected = materialise(key -> Optional.empty());
        for (String key : values.keySet()) {
            if (!expected.containsKey(key) && !key.matches("deadline\\.[A-Z_]+\\.[A-Z_]+\\.[A-Z]+")) {
                errors.add(FieldError.of(key, HandbookMessage.NOT_A_POLICY_VALUE));
            }
        }
        for (String key : expected.keySet()) {
            if (!key.matches("deadline\\.[A-Z_]+\\.[A-Z_]+\\.[A-Z]+") && (values.get(key) == null || values.get(key).isBlank())) {
                errors.add(FieldError.of(key, PlatformMessage.REQUIRED));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Function<String, Optional<String>> settings = key -> Optional.ofNullable(values.get(key.substring(PREFIX.length())));
        ServicePolicy policy = new ConfiguredServicePolicy(settings);
        for (String key : values.keySet()) {
            try {
                read(policy, key);
            } catch (IllegalStateException e) {
                errors.add(e instanceof ConfiguredServicePolicy.InvalidSetting invalid
                        ? FieldError.of(key, HandbookMessage.POLICY_VALUE_NOT, invalid.expected())
                        : FieldError.of(key, PlatformMessage.VALUE_REFUSED, message(e)));
            } catch (IllegalArgumentException e) {
                // a tier, channel or severity the key names does not exist
                errors.add(FieldError.of(key, HandbookMessage.NOT_A_POLICY_VALUE));
            }
        }
        boolean currencyKnown = errors.stream().noneMatch(e -> e.field().equals("currency"));
        if (currencyKnown) {
            try {
                Currency.getInstance(values.get("currency"));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("currency", PlatformMessage.UNKNOWN_CURRENCY));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        for (Remedy remedy : Remedy.values()) {
            EscalationTier[] tiers = EscalationTier.values();
            for (int i = 1; i < tiers.length; i++) {
                Optional<BigDecimal> below = policy.empowermentLimit(tiers[i - 1], remedy);
                Optional<BigDecimal> above = policy.empowermentLimit(tiers[i], remedy);
                if (below.isPresent() && (above.isEmpty() || above.get().compareTo(below.get()) < 0)) {
                    errors.add(FieldError.of("limit." + tiers[i] + "." + remedy, HandbookMessage.LIMIT_BELOW_TIER,
                            tiers[i - 1], below.get()));
                }
            }
        }
        if (policy.signingReminderBefore().compareTo(policy.signingPeriod()) >= 0) {
            errors.add(FieldError.of("signing-reminder-before", HandbookMessage.REMINDER_BEFORE_PERIOD,
                    policy.signingPeriod()));
        }
        return errors;
    }

    /** Whether a key may be left out: only the severity-specific deadlines are. */
    public static boolean optional(String key) {
        return key.matches("deadline\\.[A-Z_]+\\.[A-Z_]+\\.[A-Z]+");
    }

    /** Reads the value of one key through the policy, so that its type is checked as it will be used. */
    private static void read(ServicePolicy policy, String key) {
        String[] part = key.split("\\.");
        switch (part[0]) {
            case "currency" -> policy.currency();
            case "response-time" -> policy.expectedResponseTime(Channel.valueOf(part[1]));
            case "acknowledgement-deadline" -> policy.acknowledgementDeadline(Channel.valueOf(part[1]));
            case "deadline" -> policy.decisionDeadline(EscalationTier.valueOf(part[1]), Channel.valueOf(part[2]),
                    part.length > 3 ? Severity.valueOf(part[3]) : Severity.LOW);
            case "reminder-percent" -> policy.reminderPercent();
            case "limit" -> policy.empowermentLimit(EscalationTier.valueOf(part[1]), Remedy.valueOf(part[2]));
            case "receipt-required" -> policy.receiptRequired(EscalationTier.valueOf(part[1]), Remedy.REFUND);
            case "management-contact" -> policy.managementContactRequired(Severity.LOW);
            case "max-reopens" -> policy.maxReopens();
            case "customer-answer-window" -> policy.customerAnswerWindow();
            case "duplicate-window" -> policy.duplicateWindow();
            case "signing-period" -> policy.signingPeriod();
            case "signing-reminder-before" -> policy.signingReminderBefore();
            default -> throw new IllegalArgumentException(key);
        }
    }

    private static String message(IllegalStateException e) {
        String text = e.getMessage() == null ? "is not valid" : e.getMessage();
        int is = text.indexOf(" is not ");
        return is >= 0 && text.startsWith("configuration ") ? text.substring(is + 1) : text;
    }

    /** A duration as people write it in the handbook: whole days as {@code P2D} (working days), else {@code PT4H}. */
    static String iso(Duration duration) {
        long days = duration.toDays();
        return days > 0 && duration.equals(Duration.ofDays(days)) ? "P" + days + "D" : duration.toString();
    }

    private static String managementContact(ServicePolicy policy) {
        for (Severity severity : Severity.values()) {
            if (policy.managementContactRequired(severity)) {
                return severity == Severity.LOW ? "ALWAYS" : severity.name();
            }
        }
        return "NEVER";
    }
}
