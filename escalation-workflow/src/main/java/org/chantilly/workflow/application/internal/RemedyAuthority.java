package org.chantilly.workflow.application.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chantilly.workflow.domain.Resolution;

/**
 * Whether a granted remedy lay within the authority of the tier that granted it, judged against the policy values its
 * decision recorded ({@link Resolution#policyApplied()}, written by {@code TaskCompletion}: "handbook 3; limit 200.0
 * EUR; receipt required true; receipt presented false; handbook signed true"). A record that does not carry its limit
 * is judged against the limit of the handbook version it is stamped with. The recorded limit is a double as the
 * decision table received it ({@code 200.0}, {@code 1.0E7}). Limits are data, never constants here.
 */
final class RemedyAuthority {

    /** What a judgement found: the limit it applied and, if the remedy was beyond it, why. */
    record Judgement(String limit, Optional<String> breach) {
    }

    private static final Pattern LIMIT = Pattern.compile("limit (none|([0-9][0-9.E+-]*) ([A-Z]{3}))");
    private static final Pattern RECEIPT = Pattern.compile("receipt required (true|false); receipt presented (true|false)");

    private RemedyAuthority() {
    }

    /**
     * @param versionPolicy the policy values of the handbook version the resolution is stamped with (keys as in
     *                      README.md, e.g. {@code limit.FRONTLINE.REFUND}); read only when the record lacks its limit
     */
    static Judgement judge(Resolution resolution, Supplier<Map<String, String>> versionPolicy) {
        String applied = resolution.policyApplied() == null ? "" : resolution.policyApplied();
        Matcher recorded = LIMIT.matcher(applied);
        String limit;
        String currency;
        if (recorded.find()) {
            limit = recorded.group(2) == null ? "none" : new BigDecimal(recorded.group(2)).toPlainString();
            currency = recorded.group(3);
        } else {
            limit = versionPolicy.get().getOrDefault("limit." + resolution.tier() + "." + resolution.remedy(), "none");
            currency = resolution.currency();
        }
        Optional<String> breach;
        if ("none".equals(limit)) {
            breach = Optional.of(resolution.remedy() + " is not the " + resolution.tier() + " tier's to grant");
        } else if (!resolution.currency().equals(currency)) {
            breach = Optional.of("granted in " + resolution.currency() + ", the limit is in " + currency);
        } else if (resolution.amount().compareTo(new BigDecimal(limit)) > 0) {
            breach = Optional.of(resolution.amount().toPlainString() + " " + currency + " is above the limit of "
                    + limit + " " + currency);
        } else {
            Matcher receipt = RECEIPT.matcher(applied);
            breach = receipt.find() && "true".equals(receipt.group(1)) && "false".equals(receipt.group(2))
                    ? Optional.of(resolution.remedy() + " without the receipt the rule asks for") : Optional.empty();
        }
        return new Judgement("none".equals(limit) ? "none" : limit + " " + currency, breach);
    }
}
