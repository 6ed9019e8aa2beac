package org.chantilly.platform.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What employees are told: a task assigned to them, a deadline coming, a handbook version to sign, a draft sent back
 * ({@link NotificationKind}). Any module notifies through this interface; the employee reads their notifications in
 * the console (a badge with the number unread, a list linking to each page) or through {@code /api/account/notifications},
 * and marks them read. Where the employee has an e-mail address and wants mail, each notification also goes to them as
 * a plain-text mail in their language with the link, sent after the notifying transaction commits (by a job with
 * retries), so that a mail server that is down never undoes the work that notified.
 *
 * <p>Notifications carry references only (a complaint's reference, a handbook version, a login), never a customer's
 * personal data.
 */
public interface Notifications {

    /**
     * Notifies an active employee, in the caller's transaction (a rollback takes the notification back, and no mail
     * goes). An inactive or unknown employee is not notified.
     *
     * @param login  the employee
     * @param kind   what about
     * @param params the kind's parameters ({@link NotificationKind#required()})
     * @param link   the console page it is about, relative to the console ({@link #complaintPage} ...)
     * @return whether the employee was notified
     * @throws IllegalArgumentException when a required parameter is missing
     */
    boolean notify(String login, NotificationKind kind, Map<String, String> params, String link);

    /** One page of the employee's notifications, newest first; {@code max} 1 to 100. */
    List<NotificationView> list(String login, boolean unreadOnly, int first, int max);

    /** How many notifications the employee has, all or unread only. */
    long count(String login, boolean unreadOnly);

    /**
     * Marks one of the employee's notifications read (again: nothing changes).
     *
     * @throws ResourceNotFoundException when the employee has no notification with that id
     */
    void markRead(String login, long id);

    /** Marks all the employee's notifications read; answers how many were unread. */
    int markAllRead(String login);

    /** What the notification says, in a language, instants in a time zone: one sentence or two. */
    String describe(NotificationView notification, Locale locale, ZoneId zone);

    /** The employee's mail settings. @throws ResourceNotFoundException for no such employee */
    MailSettings mailSettings(String login);

    /**
     * The caller sets or clears their own e-mail address and says whether they want their notifications by mail
     * (audited as {@code MAIL_SETTINGS_CHANGED}, never the address itself).
     *
     * @param email the address, or {@code null} (or blank) for none
     * @throws InvalidInputException naming {@code email} when it is no address, or {@code mailNotifications}
     */
    MailSettings changeMailSettings(Caller caller, String email, Boolean mailNotifications);

    /** The complaint's page in the console. */
    static String complaintPage(String reference) {
        return "complaints/view.xhtml?ref=" + reference;
    }

    /** The handbook in force, to read and sign. */
    static String handbookPage() {
        return "handbook/read.xhtml";
    }

    /** A draft of the handbook in the owner's editor. */
    static String draftPage(int version) {
        return "handbook/authoring/edit.xhtml?version=" + version;
    }

    /**
     * A notification.
     *
     * @param link   the console page, relative to the console
     * @param readAt when the employee marked it read, or {@code null}
     */
    record NotificationView(long id, NotificationKind kind, Map<String, String> params, String link,
                            Instant createdAt, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }
    }

    /**
     * Where an employee's notifications go besides the console.
     *
     * @param email             their address, or {@code null}
     * @param mailNotifications whether they want them by mail (only with an address)
     */
    @Schema(description = "Where the caller's notifications go besides the console",
            requiredProperties = {"mailNotifications"})
    record MailSettings(
            @Schema(description = "the caller's own address; absent when there is none",
                    example = "anna.berg@chantilly.example") String email,
            @Schema(description = "whether the notifications also go to the address (never without one)")
            boolean mailNotifications) {
    }
}
