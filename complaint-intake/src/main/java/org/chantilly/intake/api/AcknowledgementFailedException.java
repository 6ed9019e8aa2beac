package org.chantilly.intake.api;

/** The acknowledgement message could not be sent this time; the attempt is recorded and retried later. */
public class AcknowledgementFailedException extends RuntimeException {

    public AcknowledgementFailedException(String reason) {
        super(reason);
    }
}
