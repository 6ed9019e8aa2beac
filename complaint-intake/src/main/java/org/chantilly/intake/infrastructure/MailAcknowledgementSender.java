package org.chantilly.intake.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.chantilly.intake.domain.AcknowledgementSender;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.platform.api.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends acknowledgements through the server's Jakarta Mail session {@code java:jboss/mail/Chantilly}: an email to
 * the customer's address, or for SMS an email to the SMS gateway ({@code <digits>@chantilly.sms.gateway-domain}).
 */
@ApplicationScoped
class MailAcknowledgementSender implements AcknowledgementSender {

    @Resource(lookup = "java:jboss/mail/Chantilly")
    Session session;

    @Inject
    @ConfigProperty(name = "chantilly.mail.from", defaultValue = "complaints@chantilly.example")
    String from;

    @Inject
    @ConfigProperty(name = "chantilly.sms.gateway-domain")
    Optional<String> smsGatewayDomain;

    @Override
    public void send(Complaint complaint, String subject, String text) {
        String recipient = recipient(complaint);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setHeader("X-Chantilly-Reference", complaint.reference().toString());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new NotSent("the mail server did not take the message (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private String recipient(Complaint complaint) {
        boolean email = complaint.channel() != Channel.SMS && complaint.customer().hasEmail();
        if (email) {
            return complaint.customer().email();
        }
        if (complaint.customer().phoneKey() == null) {
            throw new NotSent("the customer left neither an email address nor a phone number");
        }
        return complaint.customer().phoneKey() + "@" + smsGatewayDomain.orElseThrow(
                () -> new NotSent("no SMS gateway is configured (chantilly.sms.gateway-domain)"));
    }
}
