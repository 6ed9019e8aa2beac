package org.chantilly.console.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.platform.api.Notifications;

/** The header's notifications link: how many of the employee's notifications are unread (one count per page). */
@Named("notificationBadge")
@RequestScoped
public class NotificationBadge {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            String login = user.getLogin();
            unread = login == null ? 0 : notifications.count(login, true);
        }
        return unread;
    }

    /** After the page marked some read, the header counts again. */
    public void recount() {
        unread = null;
    }
}
