package org.chantilly.intake.domain;

/** Sends a complaint's acknowledgement and later messages to the customer (email, or SMS through the configured gateway). */
public interface AcknowledgementSender {

    /**
     * Sends the acknowledgement.
     *
     * @throws NotSent when the message could not be handed to the mail server; the caller retries later
     */
    default void send(Complaint complaint) {
        send(complaint, complaint.acknowledgementText());
    }

    /**
     * Sends the customer another message about their complaint (the outcome), the same way as the acknowledgement.
     *
     * @throws NotSent when the message could not be handed to the mail server; the caller retries later
     */
    void send(Complaint complaint, String text);

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
