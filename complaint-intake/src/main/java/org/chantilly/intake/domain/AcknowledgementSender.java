package org.chantilly.intake.domain;

/** Sends a complaint's acknowledgement and later messages to the customer (email, or SMS through the configured gateway). */
public interface AcknowledgementSender {

    /**
     * Sends the customer a message about their complaint: the acknowledgement, or later the outcome.
     *
     * @param subject the subject line (where the channel has one), in the customer's language
     * @param text    the message itself, already filled in
     * @throws NotSent when the message could not be handed to the mail server; the caller retries later
     */
    void send(Complaint complaint, String subject, String text);

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
