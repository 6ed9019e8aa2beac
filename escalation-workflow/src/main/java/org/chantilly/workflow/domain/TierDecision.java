package org.chantilly.workflow.domain;

/** What a tier decides about a complaint; the tier model routes on it. */
public enum TierDecision {
    /** Grant a remedy (checked against the tier's empowerment limit). */
    RESOLVE,
    /** Pass it to the next tier. */
    ESCALATE,
    /** Give it back to the tier below, with a reason (not at the frontline). */
    HAND_BACK,
    /** Ask the customer something; the tier's clock pauses until they reply. */
    WAIT_FOR_CUSTOMER
}
