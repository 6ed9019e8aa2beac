package org.chantilly.handbook.api;

/** A handbook draft was discarded (fired in the discarding transaction). */
public record HandbookDraftDiscarded(int version, String discardedBy) {
}
