package org.chantilly.intake.api;

import java.time.Instant;
import java.util.List;

/**
 * Personal data: a customer's erasure request (GDPR article 17) and the retention rule for closed complaints. Both
 * replace the customer's personal values on their complaints by a pseudonym and keep the complaint's facts (branch,
 * channel, category, severity, dates, status, amounts), so that reports still count it.
 */
public interface CustomerErasure {

    /**
     * Erases the personal data of one customer from all their complaints, in one transaction, and publishes
     * {@link CustomerErased}. The customer's complaints are those with the given email address or phone number, or
     * the complaint with that reference together with the complaints sharing its email address or phone number (as
     * the customer history finds them). Complaints erased before are left as they are, so a repeated request erases
     * nothing more and answers an empty list.
     *
     * @param erasedBy the login of the employee who carries out the request
     * @throws org.chantilly.platform.api.InvalidInputException when no field is given or one is malformed
     */
    Erasure erase(ErasureRequest request, String erasedBy);

    /**
     * Anonymises complaints closed before the cutoff that still carry personal data, at most {@code limit} of them,
     * in one transaction; each complaint gets its own pseudonym.
     *
     * @param branchCode only this branch's complaints, or null for all branches
     * @return the references anonymised
     */
    List<String> anonymiseClosedBefore(Instant cutoff, String branchCode, int limit);

    /**
     * Who the request is about: at least one of the three.
     *
     * @param email     the customer's email address
     * @param phone     the customer's phone number (compared by its digits)
     * @param reference one of the customer's complaints
     */
    record ErasureRequest(String email, String phone, String reference) {
    }

    /**
     * What an erasure did.
     *
     * @param references the complaints erased now (empty when there was nothing left to erase)
     * @param pseudonym  the name the customer carries on them from now on, or null when nothing was erased
     */
    record Erasure(List<String> references, String pseudonym) {

        public Erasure {
            references = List.copyOf(references);
        }
    }
}
