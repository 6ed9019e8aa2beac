package org.chantilly.handbook.api;

/**
 * What the handbook owner may do with a draft besides editing it: throw it away. Role checks are the caller's.
 */
public interface HandbookDrafts {

    /**
     * Discards a draft (never submitted, or sent back by the approver); a new draft may then be started. Publishes
     * {@link HandbookDraftDiscarded} so that a publication process waiting for its revision ends.
     *
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such version
     * @throws org.chantilly.platform.api.ConflictException         when the version is in review or published
     */
    void discard(int number, String by);
}
