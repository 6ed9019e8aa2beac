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
 * @param unsealed      audit events committed and not yet sealed into the chain when the check ended (those of
 *                      transactions that committed while it ran; the sealer chains them within moments)
 * @param oldestUnsealedAt when the oldest of those was recorded, or {@code null} if none waits
 */
public record ChainVerification(boolean intact, long records, long headSequence, String headHash, Break firstBroken,
                                Instant verifiedAt, long unsealed, Instant oldestUnsealedAt) {

    /** A verification that leaves nothing unsealed. */
    public ChainVerification(boolean intact, long records, long headSequence, String headHash, Break firstBroken,
                             Instant verifiedAt) {
        this(intact, records, headSequence, headHash, firstBroken, verifiedAt, 0, null);
    }

    /** The same verification, with the events left waiting to be sealed. */
    public ChainVerification withUnsealed(long events, Instant oldest) {
        return new ChainVerification(intact, records, headSequence, headHash, firstBroken, verifiedAt, events, oldest);
    }

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
