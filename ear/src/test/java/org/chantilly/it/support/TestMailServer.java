package org.chantilly.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server in the test JVM (GreenMail) for the whole test run; the server under test sends its
 * acknowledgements to it ({@code chantilly.mail.port}, see arquillian.xml).
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** Starts the mail server (again). */
    public static synchronized void start() {
        if (greenMail == null) {
            int port = Integer.getInteger("chantilly.it.smtp-port", 3025);
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Stops the mail server, as when the retailer's mail server is down. */
    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** The first message carrying the complaint's reference, waiting for it up to the given time. */
    public static Optional<MimeMessage> awaitMessageAbout(String reference, Duration within) {
        return awaitMessageAbout(reference, "", within);
    }

    /** The first message carrying the complaint's reference whose text contains the given words. */
    public static Optional<MimeMessage> awaitMessageAbout(String reference, String containing, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> reference.equals(header(m, "X-Chantilly-Reference")))
                    .filter(m -> text(m).contains(containing))
                    .toList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        return Optional.empty();
    }

    /**
     * The first message to that address whose subject or text contains the given words (an employee's notification,
     * which carries no complaint header), waiting for it up to the given time.
     */
    public static Optional<MimeMessage> awaitMessageTo(String address, String containing, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipients(m).contains(address))
                    .filter(m -> subject(m).contains(containing) || text(m).contains(containing))
                    .toList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        return Optional.empty();
    }

    /** Every message to that address so far. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    /** The message's subject, decoded. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            jakarta.mail.Address[] to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(a -> ((jakarta.mail.internet.InternetAddress) a)
                    .getAddress()).toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }

    /** How many messages carrying each complaint reference arrived (since the mail server last started). */
    public static synchronized Map<String, Long> messagesPerReference() {
        if (greenMail == null) {
            return Map.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).map(m -> header(m, "X-Chantilly-Reference"))
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }

    /** The message's text (plain-text mails only). */
    public static String text(MimeMessage message) {
        try {
            return new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (MessagingException | java.io.IOException e) {
            return "";
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            return null;
        }
    }
}
