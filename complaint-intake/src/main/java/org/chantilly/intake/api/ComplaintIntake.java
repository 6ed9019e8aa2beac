package org.chantilly.intake.api;

import java.util.Optional;

import org.chantilly.platform.api.Caller;

/** The intake facade: record a complaint, read it back. */
public interface ComplaintIntake {

    /**
     * Records a complaint, gives it its reference and publishes {@link ComplaintReceived} in the same transaction.
     *
     * @throws org.chantilly.platform.api.InvalidInputException when the form breaks a rule of its channel
     */
    ComplaintSummary receive(NewComplaint complaint, Caller receivedBy);

    /** The complaint with that reference, if there is one. */
    Optional<ComplaintSummary> find(String reference);
}
