package org.chantilly.platform.api;

/**
 * Checks a password again where an action must be confirmed by it (signing the handbook, changing the password): by
 * the server's realm, exactly like a login, so a wrong password counts as a failed login of the account and is delayed
 * like one, and an inactive account is refused.
 */
public interface Credentials {

    /** Whether the login names an active account whose password this is. */
    boolean passwordMatches(String login, char[] password);
}
