package org.chantilly.platform.api;

/**
 * Logins as the web layer sees them: failures are counted, audited and lock an account after too many in a row
 * ({@code chantilly.security.lockout.*}); a success clears the count.
 */
public interface LoginAttempts {

    /**
     * The container refused the credentials.
     *
     * @param username      the user name that was given (recorded only when such an account exists)
     * @param remoteAddress where the request came from
     */
    void failed(String username, String remoteAddress);

    /** A request was authenticated as this user. Cheap when the user had no failures. */
    void succeeded(String username);
}
