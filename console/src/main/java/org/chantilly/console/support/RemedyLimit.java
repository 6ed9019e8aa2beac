package org.chantilly.console.support;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.chantilly.handbook.api.Remedy;
import org.chantilly.platform.api.Money;

/**
 * One remedy's limit at one tier, as every page of the console words it ({@link LimitWords}): "up to €200",
 * "always" (an apology, which costs nothing), "not yours to grant", each with "only with a receipt" where the tier
 * needs the receipt. The values come from the workflow (a task's tier, or the employee's own); the console decides
 * nothing with them.
 *
 * @param remedy          REPLACEMENT, REFUND, ... (the handbook's remedies)
 * @param limit           the tier's limit, or null when the remedy is not the tier's to grant
 * @param receiptRequired whether the tier may grant it only with the receipt
 */
public record RemedyLimit(String remedy, Money limit, boolean receiptRequired) implements Serializable {

    /** Which words say the limit. */
    public enum Wording {
        /** "up to €200". */
        UP_TO,
        /** "always": an apology, whose limit is zero because it costs nothing. */
        ALWAYS,
        /** "not yours to grant". */
        NOT_YOURS
    }

    /** Every remedy of the handbook, in its order, with the tier's limit (absent: not the tier's) and receipt rule. */
    public static List<RemedyLimit> of(Map<String, Money> limits, List<String> receiptRequiredFor) {
        return Arrays.stream(Remedy.values()).map(Remedy::name)
                .map(remedy -> new RemedyLimit(remedy, limits == null ? null : limits.get(remedy),
                        receiptRequiredFor != null && receiptRequiredFor.contains(remedy)))
                .toList();
    }

    public Wording wording() {
        if (limit == null) {
            return Wording.NOT_YOURS;
        }
        return Remedy.APOLOGY.name().equals(remedy) ? Wording.ALWAYS : Wording.UP_TO;
    }
}
