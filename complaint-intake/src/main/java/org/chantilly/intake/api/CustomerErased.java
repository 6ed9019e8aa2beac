package org.chantilly.intake.api;

import java.util.List;

/**
 * Published inside the transaction that replaced a customer's personal data on their complaints by a pseudonym (an
 * erasure request, or the retention rule for a closed complaint). Observers scrub their own copies of those values in
 * the same transaction, so that the erasure commits everywhere or nowhere. The personal values travel only so that
 * observers can find them; never log or store them.
 *
 * @param references     the complaints erased
 * @param branchCodes    their branches (for records kept per branch rather than per complaint)
 * @param pseudonym      what replaces the customer's name
 * @param personalValues the values taken out (see {@link PersonalValues#scrub(String, String)})
 * @param cause          {@link #REQUEST} or {@link #RETENTION}
 */
public record CustomerErased(List<String> references, List<String> branchCodes, String pseudonym,
                             PersonalValues personalValues, String cause) {

    /** The customer asked for erasure (GDPR article 17). */
    public static final String REQUEST = "REQUEST";
    /** The complaint was closed longer ago than the retention period. */
    public static final String RETENTION = "RETENTION";

    public CustomerErased {
        references = List.copyOf(references);
        branchCodes = List.copyOf(branchCodes);
    }

    /**
     * The text without the customer's personal values: each is replaced by the pseudonym; cut to at most
     * {@code maxLength} characters (the column's size).
     */
    public String scrub(String text, int maxLength) {
        return personalValues.scrub(text, pseudonym, maxLength);
    }
}
