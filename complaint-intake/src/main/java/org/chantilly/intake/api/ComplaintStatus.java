package org.chantilly.intake.api;

/** Where a complaint stands; intake records the first two stages, the workflow the later ones. */
public enum ComplaintStatus {
    /** Recorded on the form; its handling process has started. */
    RECEIVED,
    /** The customer has been told that it was received, with the reference and the expected response time. */
    ACKNOWLEDGED,
    /** Passed beyond the frontline: a supervisor, management or head office decides it. */
    ESCALATED,
    /** A tier granted a remedy within its authority; the customer is told the outcome. */
    RESOLVED,
    /** The customer was not satisfied: a higher tier decides again. */
    REOPENED,
    /** Resolved, the customer answered (or did not in time) and the employee's follow-up is decided. */
    CLOSED
}
