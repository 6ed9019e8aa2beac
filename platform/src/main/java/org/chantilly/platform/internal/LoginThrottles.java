package org.chantilly.platform.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The delays after failed logins as administrators see and lift them: the server's realm keeps them per account and
 * source address in {@code login_throttle} (see {@code server-realm/}); here they are read and removed in the caller's
 * transaction.
 */
public final class LoginThrottles {

    private LoginThrottles() {
    }

    /** Until when some address must wait before the account's next password check from there, or {@code null}. */
    public static Instant delayedUntil(EntityManager em, String login, Instant now) {
        List<?> latest = em.createNativeQuery("select max(delayed_until) from login_throttle "
                        + "where username = ? and delayed_until > ?")
                .setParameter(1, login).setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        return latest.isEmpty() ? null : instant(latest.get(0));
    }

    /** A timestamp as the JDBC driver hands it to a native query. */
    public static Instant instant(Object value) {
        return LoginEvents.instant(value);
    }

    /** Forgets the account's failed logins and delays from every address (a reset, an administrator's lift). */
    public static int lift(EntityManager em, String login) {
        return em.createNativeQuery("delete from login_throttle where username = ?").setParameter(1, login)
                .executeUpdate();
    }
}
