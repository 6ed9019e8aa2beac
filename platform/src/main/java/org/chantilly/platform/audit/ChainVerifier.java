package org.chantilly.platform.audit;

import java.time.Instant;

import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.ChainVerification;
import org.chantilly.platform.api.ChainVerification.Break;
import org.chantilly.platform.api.ChainVerification.Problem;

/**
 * Walks the records in sequence order and finds the first that does not fit. The chain's head (the last sequence
 * and hash, kept in a row of their own and updated with every append) is read before the walk and after it, so
 * records appended by the application while the walk runs are not mistaken for insertions, and records removed
 * from the end are still found.
 */
final class ChainVerifier {

    private long expectedSequence = 1;
    private String expectedPrevious = AuditChain.GENESIS;
    private long count;
    private Break firstBroken;

    /** The sequence of the record found after the first gap. */
    private long afterGap;

    void accept(AuditRecord record) {
        count++;
        if (firstBroken != null) {
            return;
        }
        if (record.sequence() > expectedSequence) {
            afterGap = record.sequence();
            firstBroken = new Break(expectedSequence, Problem.REMOVED, expectedSequence == record.sequence() - 1
                    ? "Record " + expectedSequence + " is missing."
                    : "Records " + expectedSequence + " to " + (record.sequence() - 1) + " are missing.");
        } else if (!AuditChain.hash(record).equals(record.hash())) {
            firstBroken = new Break(record.sequence(), Problem.ALTERED,
                    "Record " + record.sequence() + " was changed after it was written: its content no longer gives its hash.");
        } else if (!record.previousHash().equals(expectedPrevious)) {
            firstBroken = new Break(record.sequence(), Problem.INSERTED, "Record " + record.sequence()
                    + " does not link to the record before it: it was put in place of the original, or that one was rewritten.");
        }
        expectedSequence = record.sequence() + 1;
        expectedPrevious = record.hash();
    }

    /**
     * @param headBefore the head as read before the walk
     * @param headAfter  the head as read after it
     */
    ChainVerification finish(Head headBefore, Head headAfter, Instant now) {
        long last = expectedSequence - 1;
        Break broken = firstBroken;
        if (broken != null && broken.problem() == Problem.REMOVED && afterGap > headAfter.sequence()) {
            broken = new Break(afterGap, Problem.INSERTED, "Record " + afterGap + " lies beyond the chain's head (record "
                    + headAfter.sequence() + "): it was added outside the application.");
        } else if (broken == null && last < headBefore.sequence()) {
            broken = new Break(last + 1, Problem.REMOVED, "The chain ends at record " + last
                    + " but its head says " + headBefore.sequence() + ": the last records were removed.");
        } else if (broken == null && last > headAfter.sequence()) {
            broken = new Break(headAfter.sequence() + 1, Problem.INSERTED, "Record " + (headAfter.sequence() + 1)
                    + " lies beyond the chain's head (record " + headAfter.sequence() + "): it was added outside the application.");
        } else if (broken == null && last == headAfter.sequence() && !expectedPrevious.equals(headAfter.hash())) {
            broken = new Break(last, Problem.ALTERED, "Record " + last + " is not the one the chain's head remembers.");
        } else if (broken == null && last == headBefore.sequence() && !expectedPrevious.equals(headBefore.hash())) {
            broken = new Break(last, Problem.ALTERED, "Record " + last + " is not the one the chain's head remembers.");
        }
        Head head = last <= headBefore.sequence() ? headBefore : headAfter;
        return new ChainVerification(broken == null, count, head.sequence(), head.hash(), broken, now);
    }

    /** The chain's last sequence and hash as its head row remembers them. */
    record Head(long sequence, String hash) {
    }
}
