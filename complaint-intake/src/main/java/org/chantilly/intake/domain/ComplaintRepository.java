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

    /** The complaint as it is now, its row locked until the transaction ends. */
    Optional<Complaint> findForChange(ComplaintReference reference);

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

    /**
     * How many complaints recorded by {@code receivedBy} to a customer with that email key (or, when it is null, that
     * phone key) were acknowledged since the given instant. Locks that customer's recent complaints of that receiver
     * until the transaction ends, so that two acknowledgements to one address are counted one after the other.
     */
    long acknowledgedSince(String receivedBy, String emailKey, String phoneKey, Instant since);

    /** A page of the search with its total (see {@link ComplaintPage}): one count and one page query. */
    ComplaintPage search(ComplaintQuery query);

    /**
     * How many complaints match, counted up to one more than {@link ComplaintPage#EXACT_TOTAL_UP_TO} (a value above
     * it means "more than that"), so the count reads at most that many index entries.
     */
    long countUpToLimit(ComplaintQuery query);

    /** The page's complaints only, without a count. */
    List<ComplaintListItem> items(ComplaintQuery query);

    List<ComplaintListItem> sameCustomer(String emailKey, String phoneKey, List<String> branches, int limit);

    /** Writes pending changes, so that new child rows (attachments) have their ids. */
    void flush();

    void addAttachmentData(AttachmentData data);

    Optional<AttachmentData> attachmentData(long attachmentId);

    /** The complaint recorded for an idempotency key of that caller, with the hash of its request. */
    Optional<IdempotentRequest> idempotentRequest(String caller, String key);

    void addIdempotentRequest(IdempotentRequest request);

    /** Every complaint of a customer with that email or phone key (either may be null), oldest first. */
    List<Complaint> allOfCustomer(String emailKey, String phoneKey);

    /**
     * Complaints closed before the cutoff (by the time of their last CLOSED history entry) that still carry personal
     * data, at most {@code limit}, oldest first, optionally of one branch only.
     */
    List<Complaint> closedBeforeWithPersonalData(Instant cutoff, String branchCode, int limit);

    /** Deletes the bytes of an attachment, if they are still there. */
    void removeAttachmentData(long attachmentId);

    /** The idempotency keys that recorded the complaint with that reference. */
    List<IdempotentRequest> idempotentRequestsFor(String reference);
}
