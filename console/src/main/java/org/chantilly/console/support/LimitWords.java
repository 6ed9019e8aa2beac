package org.chantilly.console.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A remedy's limit in the same words on every page and for every tier, in the employee's language: "up to €200",
 * "always", "not yours to grant", and "only with a receipt" after it where the tier needs the receipt
 * ({@code limit.*} in the common bundle). The {@code ch:limits} tag shows a tier's limits as a table with them.
 */
@Named("limitWords")
@RequestScoped
public class LimitWords {

    @Inject
    Formats formats;

    public String text(RemedyLimit limit) {
        if (limit == null) {
            return "";
        }
        String words = switch (limit.wording()) {
            case UP_TO -> Feedback.text("common", "limit.upTo", formats.money(limit.limit()));
            case ALWAYS -> Feedback.text("common", "limit.always");
            case NOT_YOURS -> Feedback.text("common", "limit.none");
        };
        return limit.receiptRequired() ? words + " · " + Feedback.text("common", "limit.receipt") : words;
    }
}
