package org.chantilly.intake.api;

import org.chantilly.platform.api.MessageKey;

/**
 * The messages of complaint intake: the form's rules, attachments, idempotency keys, erasure requests. See
 * {@link MessageKey}; the English texts are what the API has always sent.
 */
public enum IntakeMessage implements MessageKey {

    COMPLAINT_NOT_FOUND("complaint.notFound", "There is no complaint with that reference."),
    BRANCH_NOT_YOURS("complaint.branch.notYours", "is not a branch you record complaints for"),
    EMAIL_REQUIRED("complaint.email.required", "is required for an EMAIL complaint"),
    PHONE_REQUIRED("complaint.phone.required", "is required for a {0} complaint"),
    ADDRESS_REQUIRED("complaint.address.required", "is required for a LETTER complaint"),
    CONTACT_REQUIRED("complaint.contact.required", "an email or a phone number is required for a WEB complaint"),
    PURCHASE_DATE_INVALID("complaint.purchaseDate.invalid", "is not a valid date"),
    RECEIPT_NUMBER_REQUIRED("complaint.receiptNumber.required", "is required when the receipt is present"),
    NO_DUPLICATE_FLAG("complaint.duplicate.none", "This complaint has no open duplicate flag to decide."),
    IDEMPOTENCY_KEY_FORMAT("idempotencyKey.format", "must be 1 to 200 visible ASCII characters"),
    IDEMPOTENCY_KEY_REUSED("idempotencyKey.reused",
            "This Idempotency-Key was used for a different request; use a new key for a new complaint."),
    ATTACHMENT_TYPES("attachment.types", "Send the file with Content-Type {0}."),
    ATTACHMENT_NOT_FOUND("attachment.notFound", "The complaint has no attachment with that id."),
    ATTACHMENT_FILE_NAME("attachment.fileName", "must be a plain file name of at most 200 characters"),
    ATTACHMENT_EMPTY("attachment.empty", "must not be empty"),
    ATTACHMENT_NOT_OF_TYPE("attachment.notOfType", "is not a {0} file"),
    FILENAME_SYNTAX("attachment.filename.syntax", "{0} must be {1}, e.g. {2}"),
    FILENAME_CHARSET("attachment.filename.charset", "{0} must be encoded in UTF-8 (or ISO-8859-1), not {1}"),
    FILENAME_PERCENT("attachment.filename.percent",
            "{0} must be percent-encoded (%XX for every byte outside letters, digits and {1})"),
    FILENAME_INVALID("attachment.filename.invalid", "{0} is not valid {1}"),
    ERASURE_ONE_REQUIRED("erasure.oneRequired", "one of email, phone or reference is required"),
    ERASURE_EMAIL("erasure.email", "must be an email address"),
    ERASURE_PHONE("erasure.phone", "must be a phone number (digits)"),
    ERASURE_REFERENCE("erasure.reference", "must be a complaint reference such as HAM-2026-000001");

    private final String key;
    private final String english;

    IntakeMessage(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String english() {
        return english;
    }
}
