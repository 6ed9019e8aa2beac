package org.chantilly.intake.domain;

/** Sends a complaint's acknowledgement message (email, or SMS through the configured gateway). */
public interface AcknowledgementSender {

    /**
     * @throws NotSent when the message could not be handed to the mail server; the caller retries later
     */
    void send(Complaint complaint);

    /** The message did not go out. */
    class NotSent extends RuntimeException {

        public NotSent(String reason, Throwable cause) {
            super(reason, cause);
        }

        public NotSent(String reason) {
            super(reason);
        }
    }
}
