package org.chantilly.intake.api;

/** Where a complaint stands. Later stages (acknowledged, escalated, resolved, closed) arrive with the workflow. */
public enum ComplaintStatus {
    /** Recorded on the form; its handling process has started. */
    RECEIVED
}
