package org.chantilly.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;

/** Where complaints are kept. */
public interface ComplaintRepository {

    Optional<Complaint> findByReference(ComplaintReference reference);

    Optional<String> branchOf(ComplaintReference reference);

    /** Adds a new complaint; its id is assigned when this returns. */
    void add(Complaint complaint);

    /**
     * The next unused reference of a branch and year. Taken inside the caller's transaction: if that rolls back,
     * the number was never used and is handed out again.
     */
    ComplaintReference nextReference(String branchCode, int year);

    /** Complaints received since the given instant from a customer with that email or phone key, oldest first. */
    List<Complaint> sameCustomerSince(String emailKey, String phoneKey, Instant since);

    ComplaintPage search(ComplaintQuery query);

    List<ComplaintListItem> sameCustomer(String emailKey, String phoneKey, List<String> branches, int limit);

    /** Writes pending changes, so that new child rows (attachments) have their ids. */
    void flush();

    void addAttachmentData(AttachmentData data);

    Optional<AttachmentData> attachmentData(long attachmentId);

    /** The complaint recorded for an idempotency key of that caller, with the hash of its request. */
    Optional<IdempotentRequest> idempotentRequest(String caller, String key);

    void addIdempotentRequest(IdempotentRequest request);
}
