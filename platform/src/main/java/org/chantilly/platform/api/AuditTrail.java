package org.chantilly.platform.api;

import java.util.List;

/**
 * The tamper-evident record of every state change. Each module appends to it in the transaction of the change;
 * records form a hash chain (each holds the SHA-256 of its own content and of the record before it), so a record
 * altered, removed or inserted afterwards is found by {@link #verify()}.
 *
 * <p>Records never carry a customer's personal values (names, contact details, free text): erasing a customer must
 * not touch the chain. Identify objects by their ids and references.
 */
public interface AuditTrail {

    /**
     * Records the event. It is written when the caller's transaction commits, as its last statements, and is lost
     * with it when the transaction rolls back; outside a transaction it is written in one of its own. It is sealed
     * into the chain shortly after the commit, and before any later read or verification of the chain.
     */
    void record(AuditEvent event);

    /** Recomputes the whole chain and names the first record that does not fit. */
    ChainVerification verify();

    /**
     * A verification of the whole chain no older than {@code maxAge}: the last one where it is recent enough, else a
     * new one. However many callers ask at once, at most one walk of the chain runs at a time on this server, and it
     * holds no connection of the caller's transaction; the others wait for it and share its result (its
     * {@code verifiedAt} says when it was made).
     */
    default ChainVerification recentVerification(java.time.Duration maxAge) {
        return verify();
    }

    /** The records about one complaint (its own and those of its tasks, remedies, clocks), in chain order. */
    List<AuditRecord> recordsAbout(String complaintReference);

    /** The record at this place in the chain, if there is one. */
    java.util.Optional<AuditRecord> record(long sequence);

    /** A page of records in chain order, newest first, optionally about one object. */
    List<AuditRecord> records(String objectType, String objectId, long beforeSequence, int limit);
}
