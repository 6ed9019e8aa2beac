package org.chantilly.workflow.api;

/**
 * What staff may record or cause on a complaint's process besides working its tasks (see
 * {@link ComplaintProcesses#actionsOf}).
 */
public enum ProcessAction {
    /** Pull the complaint up to the caller's tier: a supervisor from the frontline, management from the supervisor. */
    PULL_UP,
    /** Record the customer's reply to what a tier asked; the tier's clock runs again. */
    CUSTOMER_REPLY,
    /** Record whether the customer is satisfied with the outcome they were told. */
    CUSTOMER_ANSWER
}
