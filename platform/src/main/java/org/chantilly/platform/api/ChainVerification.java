package org.chantilly.platform.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of recomputing the audit chain.
 *
 * @param intact        whether every record fits
 * @param records       how many records were checked
 * @param headSequence  the last record's sequence as the chain's head remembers it
 * @param headHash      the last record's hash as the chain's head remembers it (an auditor may note it: any later
 *                      rewrite of the history changes it)
 * @param firstBroken   the first record that does not fit, or {@code null}
 * @param verifiedAt    when the check ran
 */
public record ChainVerification(boolean intact, long records, long headSequence, String headHash, Break firstBroken,
                                Instant verifiedAt) {

    /** How a record fails to fit. */
    @Schema(name = "ChainBreakKind")
    public enum Problem {
        /** its content no longer gives its hash */
        ALTERED,
        /** it is missing: the sequence has a gap, or the chain ends before its head */
        REMOVED,
        /** it was added outside the application: it does not link to the record before it, or lies beyond the head */
        INSERTED
    }

    /**
     * @param sequence the record's sequence number
     * @param problem  what is wrong with it
     * @param detail   a sentence for the auditor
     */
    public record Break(long sequence, Problem problem, String detail) {
    }
}
