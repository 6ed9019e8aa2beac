package org.chantilly.workflow.api;

import java.util.List;
import java.util.Optional;

import org.chantilly.platform.api.Caller;

/** The processes of complaints: their path, their records, and the events staff and customers send them. */
public interface ComplaintProcesses {

    /** The process of the complaint with that reference, if it has one. */
    Optional<ProcessView> processOf(String complaintReference);

    /** Every step of the complaint's process, oldest first, with who worked it and whether it met its deadline. */
    Optional<List<TimelineEntry>> timelineOf(String complaintReference);

    /** What was proposed, granted, met, followed up and clocked for the complaint. */
    HandlingRecord recordOf(String complaintReference);

    /** The printable outcome letter of a letter complaint, once prepared. */
    Optional<String> outcomeLetterOf(String complaintReference);

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
