package org.chantilly.platform.notifications;

import static org.chantilly.platform.internal.ConfiguredDurations.positive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.chantilly.platform.api.PublicUrl;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.api.StartupOrder;
import org.chantilly.platform.organisation.OrganisationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the notifications of employees who have an address and want mail, through the server's Jakarta Mail session
 * {@code java:jboss/mail/Chantilly} (as the acknowledgements go): plain text in the employee's language, with the
 * link to the console page. It runs on the container's scheduled executor, never in the transaction that notified:
 * at once after that transaction commits, and every {@code chantilly.notifications.mail-interval} (default
 * {@code PT30S}) for the mails still due. A mail the mail server does not take is tried again after
 * {@code chantilly.notifications.mail-retry} (default {@code PT1M}), doubling each time, at most
 * {@code chantilly.notifications.mail-attempts} (default 6) times; the notification stays in the console either way.
 * Each mail is sent in its own transaction with its notification locked, so that two servers never send it both.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    /** How many due mails one round reads at a time. */
    static final int BATCH = 50;

    /** The key of this transaction's kick in the synchronization registry. */
    private static final Object KICK = new Object();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Chantilly")
    Session session;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** This bean through its proxy, so that each mail gets its own transaction. */
    @Inject
    NotificationMailer self;

    @Inject
    OrganisationService organisation;

    @Inject
    NotificationService notifications;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chantilly.mail.from", defaultValue = "complaints@chantilly.example")
    String from;

    @Inject
    @ConfigProperty(name = "chantilly.notifications.mail-interval", defaultValue = "PT30S")
    String interval;

    @Inject
    @ConfigProperty(name = "chantilly.notifications.mail-retry", defaultValue = "PT1M")
    String retry;

    @Inject
    @ConfigProperty(name = "chantilly.notifications.mail-attempts", defaultValue = "6")
    int attempts;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private ScheduledFuture<?> scheduled;

    void onStartup(@Observes @Priority(StartupOrder.READY - 1) Startup startup) {
        Duration every = positive("chantilly.notifications.mail-interval", interval);
        positive("chantilly.notifications.mail-retry", retry);
        if (attempts < 1) {
            throw new IllegalArgumentException("chantilly.notifications.mail-attempts must be 1 or more: " + attempts);
        }
        scheduled = scheduler.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "notification mails: sent after each commit, due ones every " + every + ", " + attempts
                + " attempts at most");
    }

    /**
     * Sends the due mails once the current transaction has committed (nothing when it rolls back). Called in the
     * transaction that notified; several notifications of one transaction make one round.
     */
    void sendAfterCommit() {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // the periodic round sends it
        }
        if (transactions.getResource(KICK) == null) {
            transactions.putResource(KICK, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        try {
                            scheduler.execute(NotificationMailer.this::run);
                        } catch (RuntimeException e) {
                            LOG.log(Level.FINE, "notification mails wait for the next round", e);
                        }
                    }
                }
            });
        }
    }

    /** One round: every mail that is due, each in its own transaction. Never throws; one round runs at a time. */
    void run() {
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                sendDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notification mails could not be sent (" + e.getClass().getSimpleName()
                        + "); the next round tries again", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void sendDue() {
        long after = 0;
        while (true) {
            List<Long> due = self.due(clock.instant(), after);
            for (Long id : due) {
                self.send(id);
            }
            if (due.size() < BATCH) {
                return;
            }
            after = due.get(due.size() - 1);
        }
    }

    /** The ids of the mails due now, oldest first, after a given id. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, long afterId) {
        return em.createQuery("select n.id from Notification n where n.mailState = :pending and n.id > :after "
                        + "and (n.mailNextAt is null or n.mailNextAt <= :now) order by n.id", Long.class)
                .setParameter("pending", Notification.MailState.PENDING).setParameter("after", afterId)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
    }

    /**
     * Sends one notification's mail, with the notification locked; a failure counts an attempt (and its transaction
     * still commits, so the count stays).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void send(long id) {
        Notification notification = notifications.lockedForMail(id);
        if (notification == null) {
            return; // sent by another server meanwhile
        }
        StaffInfo staff = organisation.staff(notification.recipient()).orElse(null);
        if (staff == null || !staff.active() || !staff.mailed()) {
            notification.mailNotWanted();
            return;
        }
        try {
            Transport.send(message(staff, notification));
            notification.mailSent();
            LOG.fine(() -> "notification " + id + " mailed to " + staff.login());
        } catch (MessagingException | RuntimeException e) {
            notification.mailFailed(clock.instant(), Duration.parse(retry), attempts);
            LOG.warning(() -> "notification " + id + " for " + staff.login() + " could not be mailed ("
                    + e.getClass().getSimpleName() + "), attempt " + notification.mailAttempts() + " of " + attempts
                    + (notification.mailState() == Notification.MailState.FAILED ? ": given up, it stays in the "
                    + "console" : ""));
        }
    }

    /** The mail: plain text in the employee's language, the link to the page, where to change the settings. */
    MimeMessage message(StaffInfo staff, Notification notification) throws MessagingException {
        NotificationTexts texts = new NotificationTexts(Locale.forLanguageTag(staff.language()),
                notifications.zoneOf(staff));
        var params = NotificationService.params(notification.params());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(staff.email(), true));
        message.setSubject(texts.subject(notification.kind(), params), StandardCharsets.UTF_8.name());
        message.setText(texts.mail(staff.name(), notification.kind(), params, consoleUrl(notification.link()),
                consoleUrl(SETTINGS_PAGE)), StandardCharsets.UTF_8.name());
        message.setHeader("X-Chantilly-Notification", notification.kind().name());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** The console page where employees read their notifications and change their mail settings. */
    static final String SETTINGS_PAGE = "account/notifications.xhtml";

    /** A console page as clients reach it. */
    String consoleUrl(String page) {
        return publicUrl.resolve("/console/" + page);
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
