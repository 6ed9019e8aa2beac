package org.chantilly.platform.api;

/**
 * Logins as the web layer sees them. Failed and successful logins are now counted where the password is checked, in
 * the server's realm ({@code server-realm/}: delays per account and source address, audited through the
 * application's {@code LoginEvents}), for every way in (API, console, a password confirmed again), so both methods
 * do nothing; they stay for callers not yet changed and go once none is left.
 */
public interface LoginAttempts {

    /**
     * The container refused the credentials: nothing to do, the realm counted the failure.
     *
     * @param username      the user name that was given
     * @param remoteAddress where the request came from
     */
    default void failed(String username, String remoteAddress) {
        // counted by the realm
    }

    /** A request was authenticated as this user: nothing to do, the realm forgot the failures from its address. */
    default void succeeded(String username) {
        // forgotten by the realm
    }
}
