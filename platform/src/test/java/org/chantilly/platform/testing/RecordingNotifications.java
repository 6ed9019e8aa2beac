package org.chantilly.platform.testing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.NotificationKind;
import org.chantilly.platform.api.Notifications;

/** Notifications in memory for unit tests: it remembers whom each notification was for, and nothing else. */
public final class RecordingNotifications implements Notifications {

    /** One notification as a module gave it. */
    public record Sent(String login, NotificationKind kind, Map<String, String> params, String link) {
    }

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public boolean notify(String login, NotificationKind kind, Map<String, String> params, String link) {
        for (String required : kind.required()) {
            if (params.get(required) == null) {
                throw new IllegalArgumentException(kind + " needs the parameter " + required);
            }
        }
        sent.add(new Sent(login, kind, Map.copyOf(params), link));
        return true;
    }

    /** Every notification so far, in order. */
    public List<Sent> all() {
        return List.copyOf(sent);
    }

    /** Who got a notification of that kind, in order. */
    public List<String> recipients(NotificationKind kind) {
        return sent.stream().filter(s -> s.kind() == kind).map(Sent::login).toList();
    }

    @Override
    public List<NotificationView> list(String login, boolean unreadOnly, int first, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(String login, boolean unreadOnly) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markRead(String login, long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int markAllRead(String login) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String describe(NotificationView notification, Locale locale, ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MailSettings mailSettings(String login) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MailSettings changeMailSettings(Caller caller, String email, Boolean mailNotifications) {
        throw new UnsupportedOperationException();
    }
}
