package org.chantilly.console.account;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Preferences;
import org.chantilly.platform.api.Notifications;
import org.chantilly.platform.api.Notifications.MailSettings;
import org.chantilly.platform.api.Notifications.NotificationView;

/**
 * The employee's notifications, newest first, each with what it says in the page's language, a link to its page and
 * a button to mark it read; and their mail settings: their own address (or none) and whether their notifications go
 * there too. The platform decides who is told what; the page only shows it.
 */
@Named("notificationList")
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Notifications per page. */
    static final int PAGE = 20;

    /** The client id of the page's outcome area. */
    static final String OUTCOME = "outcome";

    /** The form of the mail settings: the service's field names are its fields' ids. */
    static final String SETTINGS_FORM = "settings";

    @Inject
    transient Notifications notifications;

    @Inject
    CurrentUser user;

    @Inject
    Preferences prefs;

    @Inject
    NotificationBadge badge;

    private boolean unreadOnly;
    private int first;
    private long total;
    private List<NotificationView> items = List.of();
    private String email;
    private boolean mailNotifications = true;

    /** An entry of the list: the notification and what it says. */
    public record Entry(NotificationView notification, String text) implements Serializable {
    }

    /** Opens the page: the first page of notifications and the settings as saved. */
    public void load() {
        show();
        MailSettings settings = notifications.mailSettings(user.getLogin());
        email = settings.email();
        mailNotifications = settings.mailNotifications();
    }

    private void show() {
        String login = user.getLogin();
        total = notifications.count(login, unreadOnly);
        if (first >= total) {
            first = 0;
        }
        items = notifications.list(login, unreadOnly, first, PAGE);
        badge.recount();
    }

    public List<Entry> getEntries() {
        return items.stream().map(n -> new Entry(n, notifications.describe(n, prefs.getLocale(), user.zone()))).toList();
    }

    public void markRead(long id) {
        if (Feedback.attempt(null, () -> notifications.markRead(user.getLogin(), id))) {
            show();
        }
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(user.getLogin());
        show();
        outcome(Feedback.text("account", "notifications.allRead", marked));
    }

    /** Shows all notifications, or the unread ones only, from the first. */
    public void filter() {
        first = 0;
        show();
    }

    public void next() {
        if (first + PAGE < total) {
            first += PAGE;
        }
        show();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        show();
    }

    public boolean isHasNext() {
        return first + PAGE < total;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    /** The number of the first and the last shown, and of all. */
    public long getFrom() {
        return total == 0 ? 0 : first + 1;
    }

    public long getTo() {
        return Math.min(total, (long) first + PAGE);
    }

    public long getTotal() {
        return total;
    }

    /** Saves the mail settings; a refused address is shown at its field. */
    public void saveSettings() {
        MailSettings saved = Feedback.attempt(SETTINGS_FORM,
                () -> notifications.changeMailSettings(user.caller(), email, mailNotifications));
        if (saved != null) {
            email = saved.email();
            mailNotifications = saved.mailNotifications();
            outcome(Feedback.text("account", saved.email() == null ? "mail.savedWithout"
                    : saved.mailNotifications() ? "mail.savedOn" : "mail.savedOff"));
        }
    }

    /** A message in the page's own status region (read out by screen readers), as the other account page does. */
    private static void outcome(String text) {
        FacesContext.getCurrentInstance().addMessage(OUTCOME, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isMailNotifications() {
        return mailNotifications;
    }

    public void setMailNotifications(boolean mailNotifications) {
        this.mailNotifications = mailNotifications;
    }
}
