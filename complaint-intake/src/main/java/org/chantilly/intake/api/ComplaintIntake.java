package org.chantilly.intake.api;

import java.util.List;
import java.util.Optional;

/** The intake facade. Branch scoping is the caller's (the REST layer's) business; these methods trust their input. */
public interface ComplaintIntake {

    /**
     * Who records the complaints of the public web form. Their acknowledgement greets neutrally (it never repeats
     * what the form said) and goes to one address at most {@code chantilly.public-form.acknowledgements-per-recipient-per-day}
     * times a day.
     */
    String WEB_FORM = "web-form";

    /**
     * Records a complaint, gives it its reference, flags a possible duplicate and publishes {@link ComplaintReceived},
     * all in one transaction. With an idempotency key, a repeated request returns the complaint the first one created.
     * The receipt's handling advice is in the receiving employee's own language (their staff record; else English).
     *
     * @param receivedBy     login of the employee, or {@code web-form}
     * @param idempotencyKey the client's key for this request, or null
     * @param requestHash    a hash of the request's content, compared when the key repeats
     * @throws org.chantilly.platform.api.InvalidInputException when the form breaks a rule of its channel
     * @throws IdempotencyKeyReusedException                  when the key was used for a different request
     */
    Receipt receive(NewComplaint complaint, String receivedBy, String idempotencyKey, String requestHash);

    /**
     * As {@link #receive(NewComplaint, String, String, String)}, with the idempotency key kept under
     * {@code keyOwner} instead of the receiver: the public web form keeps each client's keys apart.
     *
     * @param keyOwner whose idempotency keys are searched and the new one is kept under (at most 64 characters)
     */
    Receipt receive(NewComplaint complaint, String receivedBy, String keyOwner, String idempotencyKey,
                    String requestHash);

    /** The complaint recorded for an idempotency key of that caller (or key owner), if any. */
    Optional<Receipt> receiptFor(String receivedBy, String idempotencyKey, String requestHash);

    /** The complaint, with the handbook's handling advice in English: see {@link #find(String, String)}. */
    default Optional<ComplaintView> find(String reference) {
        return find(reference, null);
    }

    /**
     * The complaint, with the handbook's handling advice for its customer type in the language of whoever reads it
     * (the employee's own language, not the customer's: the advice is for the employee; English where the handbook
     * lacks that language, or for {@code null}). The words meant for the customer (the acknowledgement) are in the
     * customer's language, {@link CustomerDetails#preferredLanguage()}.
     */
    Optional<ComplaintView> find(String reference, String adviceLanguage);

    /** The branch of the complaint with that reference, if there is one: enough to decide who may see it. */
    Optional<String> branchOf(String reference);

    /** A page of complaints with the total matching (exact up to {@link ComplaintPage#EXACT_TOTAL_UP_TO}). */
    ComplaintPage search(ComplaintQuery query);

    /**
     * How many complaints match, counted up to one more than {@link ComplaintPage#EXACT_TOTAL_UP_TO}: a value above it
     * means "more than that". For a list that counts once and then loads its pages ({@link #page}).
     */
    long countUpToLimit(ComplaintQuery query);

    /** The complaints of the query's page, without counting them all. */
    List<ComplaintListItem> page(ComplaintQuery query);

    /** The same customer's other complaints (same email or phone), newest first, within the given branches. */
    List<ComplaintListItem> customerHistory(String reference, List<String> branches);

    /** Confirms (links) or dismisses a possible-duplicate flag. */
    ComplaintView decideDuplicate(String reference, boolean confirm, String decidedBy);

    ComplaintView.AttachmentInfo addAttachment(String reference, AttachmentUpload upload, String addedBy);

    Optional<AttachmentContent> attachment(String reference, long attachmentId);

    /** Sends or issues the complaint's acknowledgement; a message that cannot be sent throws, so it is retried. */
    void acknowledge(String reference);

    /**
     * Moves the complaint to a later stage of its handling and records who moved it and why in its history.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such complaint
     */
    void advance(String reference, ComplaintStatus status, String actor, String details);

    /**
     * Records in the complaint's history a step that does not change its status: the outcome told
     * ({@code OUTCOME_TOLD}), the customer's answer ({@code CUSTOMER_ANSWERED}), a hand-back to a lower tier
     * ({@code HANDED_BACK}), a pull-up to a higher one ({@code PULLED_UP}), the customer's reply to a tier that asked
     * ({@code CUSTOMER_REPLIED}). The details keep at most 1000 characters.
     */
    void recordStep(String reference, String action, String actor, String details);

    /**
     * Sends the customer a message about their complaint through the channel they complained by (email, or SMS
     * through the gateway), e.g. the outcome; a message that cannot be sent throws, so it is retried.
     */
    void message(String reference, String text);

    /**
     * The outcome of an intake.
     *
     * @param complaint the complaint recorded
     * @param replayed  true when an earlier request with the same idempotency key created it
     */
    record Receipt(ComplaintView complaint, boolean replayed) {
    }
}
