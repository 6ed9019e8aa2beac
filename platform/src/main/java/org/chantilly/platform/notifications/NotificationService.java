package org.chantilly.platform.notifications;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.NotificationKind;
import org.chantilly.platform.api.Notifications;
import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.organisation.OrganisationService;

/**
 * The notifications in the table {@code notification}, and the employees' mail settings in their staff records. A
 * notification that is to be mailed is handed to {@link NotificationMailer} once its transaction has committed.
 */
@ApplicationScoped
@Transactional
public class NotificationService implements Notifications {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    /** The most notifications one page lists. */
    static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    OrganisationService organisation;

    @Inject
    NotificationMailer mailer;

    @Inject
    InputValidator validator;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The mail settings as the caller sends them: an address (or none) and whether to mail. */
    public record MailSettingsForm(@Email @Size(max = 254) @PlainText String email, @NotNull Boolean mailNotifications) {
    }

    @Override
    public boolean notify(String login, NotificationKind kind, Map<String, String> params, String link) {
        for (String required : kind.required()) {
            if (params.get(required) == null || params.get(required).isBlank()) {
                throw new IllegalArgumentException(kind + " needs the parameter " + required);
            }
        }
        StaffInfo staff = organisation.staff(login).filter(StaffInfo::active).orElse(null);
        if (staff == null) {
            return false;
        }
        Notification notification = new Notification(login, kind, json(params), link, now(), staff.mailed());
        em.persist(notification);
        if (staff.mailed()) {
            mailer.sendAfterCommit();
        }
        LOG.fine(() -> kind + " for " + login + (staff.mailed() ? ", by mail too" : ""));
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationView> list(String login, boolean unreadOnly, int first, int max) {
        return em.createQuery("select n from Notification n where n.recipient = :login"
                        + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("login", login).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(MAX_PAGE, max))).getResultStream()
                .map(NotificationService::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String login, boolean unreadOnly) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :login"
                + (unreadOnly ? " and n.readAt is null" : ""), Long.class).setParameter("login", login)
                .getSingleResult();
    }

    @Override
    public void markRead(String login, long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.recipient().equals(login)) {
            throw new ResourceNotFoundException(PlatformMessage.NOTIFICATION_NOT_FOUND);
        }
        notification.markRead(now());
    }

    @Override
    public int markAllRead(String login) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :login "
                + "and n.readAt is null").setParameter("now", now()).setParameter("login", login).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String describe(NotificationView notification, Locale locale, ZoneId zone) {
        return new NotificationTexts(locale, zone).describe(notification.kind(), notification.params());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MailSettings mailSettings(String login) {
        StaffInfo staff = organisation.staff(login)
                .orElseThrow(() -> new ResourceNotFoundException(PlatformMessage.STAFF_NOT_FOUND));
        return new MailSettings(staff.email(), staff.mailNotifications());
    }

    @Override
    public MailSettings changeMailSettings(Caller caller, String email, Boolean mailNotifications) {
        String address = email == null || email.isBlank() ? null : email.strip();
        validator.check(new MailSettingsForm(address, mailNotifications));
        MailSettings before = mailSettings(caller.username());
        organisation.changeMailSettings(caller.username(), address, mailNotifications);
        MailSettings after = new MailSettings(address, mailNotifications);
        Map<String, Object> was = new TreeMap<>();
        Map<String, Object> is = new TreeMap<>();
        // the address itself stays out of the audit trail, as an employee's name does
        was.put("hasEmail", before.email() != null);
        is.put("hasEmail", after.email() != null);
        is.put("emailChanged", !Objects.equals(before.email(), after.email()));
        was.put("mailNotifications", before.mailNotifications());
        is.put("mailNotifications", after.mailNotifications());
        audit.record(AuditEvent.of(caller.username(), "MAIL_SETTINGS_CHANGED", "USER", caller.username())
                .before(was).after(is));
        LOG.info(() -> "mail settings of " + caller.username() + " changed");
        return after;
    }

    /** The employee's time zone: their branch's, or UTC for staff without a branch. */
    ZoneId zoneOf(StaffInfo staff) {
        return staff.branchCode() == null ? ZoneOffset.UTC
                : organisation.branch(staff.branchCode()).map(BranchInfo::timeZone).orElse(ZoneOffset.UTC);
    }

    /** The notification locked for its mail, if it is still due to be mailed. */
    Notification lockedForMail(long id) {
        Notification notification = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        return notification != null && notification.mailState() == Notification.MailState.PENDING ? notification : null;
    }

    /** Looked up once (each static method of {@code Json} looks the provider up through the service loader). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.kind(), params(n.params()), n.link(), n.createdAt(), n.readAt());
    }

    static String json(Map<String, String> params) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        new TreeMap<>(params).forEach((key, value) -> {
            if (value != null) {
                object.add(key, value);
            }
        });
        return object.build().toString();
    }

    static Map<String, String> params(String json) {
        Map<String, String> params = new LinkedHashMap<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            reader.readObject().forEach((key, value) -> params.put(key, ((JsonString) value).getString()));
        }
        return params;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
