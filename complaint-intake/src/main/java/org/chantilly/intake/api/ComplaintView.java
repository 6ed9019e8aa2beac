package org.chantilly.intake.api;

import java.time.Instant;
import java.util.List;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/**
 * A complaint with everything recorded about it, as staff and other modules see it.
 *
 * @param reference         e.g. {@code HAM-2026-000123}
 * @param status            where it stands
 * @param channel           how it reached the retailer
 * @param branchCode        the branch it belongs to
 * @param receivedAt        when it was recorded (UTC)
 * @param receivedBy        who recorded it (login, or {@code web-form})
 * @param customer          who complains
 * @param customerType      how the employee reads the customer
 * @param handlingAdvice    the handbook's advice for that type of customer, for the employee: in the reader's
 *                          language ({@link ComplaintIntake#find(String, String)}), not the customer's
 * @param category          what it is about
 * @param severity          how serious it is
 * @param description       what happened
 * @param customerRequest   what the customer asks for
 * @param purchase          the purchase, or null
 * @param expectedResponseBy the answer promised to the customer (UTC)
 * @param acknowledgement   how and when the receipt was acknowledged
 * @param possibleDuplicate a flag naming an earlier complaint this may repeat, or null
 * @param attachments       photos, scanned letters, receipts
 * @param history           every change, oldest first
 */
public record ComplaintView(
        String reference,
        ComplaintStatus status,
        Channel channel,
        String branchCode,
        Instant receivedAt,
        String receivedBy,
        CustomerDetails customer,
        CustomerType customerType,
        String handlingAdvice,
        ComplaintCategory category,
        Severity severity,
        String description,
        String customerRequest,
        PurchaseDetails purchase,
        Instant expectedResponseBy,
        Acknowledgement acknowledgement,
        DuplicateFlag possibleDuplicate,
        List<AttachmentInfo> attachments,
        List<HistoryEntry> history) {

    /**
     * @param kind   MESSAGE (email or SMS), LETTER (printable) or SCRIPT (words to say)
     * @param status PENDING, SENT, FAILED or WITHHELD (messages: WITHHELD when the per-recipient limit of the public
     *               form stopped it); letters and scripts are SENT when issued
     * @param text   the wording
     * @param sentAt when it was sent or issued, or null
     */
    public record Acknowledgement(String kind, String status, String text, Instant sentAt) {

        /** Whether it is a message sent after intake; letters and scripts are issued at intake. */
        public boolean byMessage() {
            return "MESSAGE".equals(kind);
        }
    }

    /**
     * @param reference the earlier complaint
     * @param status    FLAGGED, CONFIRMED (linked) or DISMISSED
     */
    public record DuplicateFlag(String reference, String status) {
    }

    /** An attachment's description; its content is read separately. */
    public record AttachmentInfo(long id, String fileName, String contentType, long size, Instant addedAt,
                                 String addedBy) {
    }

    /** One change of the complaint. */
    public record HistoryEntry(Instant at, String actor, String action, String details) {
    }
}
