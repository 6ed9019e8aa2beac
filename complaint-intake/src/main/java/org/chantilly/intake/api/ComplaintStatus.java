package org.chantilly.intake.api;

/** Where a complaint stands. Later stages (escalated, resolved, closed) arrive with the workflow. */
public enum ComplaintStatus {
    /** Recorded on the form; its handling process has started. */
    RECEIVED,
    /** The customer has been told that it was received, with the reference and the expected response time. */
    ACKNOWLEDGED
}
