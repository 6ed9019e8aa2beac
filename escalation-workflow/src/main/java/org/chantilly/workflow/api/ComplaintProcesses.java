package org.chantilly.workflow.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chantilly.platform.api.Caller;

/** The processes of complaints: their path, their records, and the events staff and customers send them. */
public interface ComplaintProcesses {

    /**
     * The process of the complaint with that reference (its own, {@code ComplaintHandlingProcess}), if it has one,
     * with the tier processes it called.
     */
    Optional<ProcessView> processOf(String complaintReference);

    /**
     * One process the complaint ran through, its own or a tier's, by its instance id; empty when the complaint has no
     * process of that id (every process of a complaint carries its reference as business key).
     */
    Optional<ProcessView> processOf(String complaintReference, String processInstanceId);

    /** Every step of the complaint's process, oldest first, with who worked it and whether it met its deadline. */
    Optional<List<TimelineEntry>> timelineOf(String complaintReference);

    /** What was proposed, granted, met, followed up and clocked for the complaint. */
    HandlingRecord recordOf(String complaintReference);

    /** The printable outcome letter of a letter complaint, once prepared. */
    Optional<String> outcomeLetterOf(String complaintReference);

    /**
     * What the caller may record or cause on the complaint's process now, besides working its tasks: pull it up to
     * their tier (a supervisor while it is with the frontline, management and head office while it is with the
     * supervisor), record the customer's reply (while a tier waits for it) or the customer's answer to the outcome
     * (while it is awaited). The same conditions {@link #pullUp}, {@link #customerReplied} and {@link #recordAnswer}
     * check, for the roles the API lets call them; empty for a complaint without a running process.
     */
    Set<ProcessAction> actionsOf(String complaintReference, Caller caller);

    /**
     * A supervisor pulls a complaint up from the frontline, or management from the supervisor, with a reason.
     *
     * @throws org.chantilly.platform.api.ConflictException when the complaint is not where the caller may pull it from
     */
    void pullUp(String complaintReference, String reason, Caller caller);

    /**
     * The customer replied to what a tier asked: its clock runs again.
     *
     * @throws org.chantilly.platform.api.ConflictException when the complaint is not waiting for the customer
     */
    void customerReplied(String complaintReference, String note, Caller caller);

    /**
     * Staff record whether the customer is satisfied with the outcome.
     *
     * @throws org.chantilly.platform.api.ConflictException when the complaint is not waiting for that answer
     */
    void recordAnswer(String complaintReference, boolean satisfied, Caller caller);

    /**
     * The customer answers through the link in the outcome mail. The token works once.
     *
     * @return the complaint's reference, or empty when the token is unknown or used
     */
    Optional<String> answerByToken(String token, boolean satisfied);

    /** An employee's follow-ups (coaching, training, recognition), newest first. */
    List<HandlingRecord.FollowUpView> followUpsOf(String employee);
}
