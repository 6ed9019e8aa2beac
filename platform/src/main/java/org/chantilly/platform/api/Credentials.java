package org.chantilly.platform.api;

/** Checks a password again where an action must be confirmed by it (signing the handbook). */
public interface Credentials {

    /** Whether the login names an active account whose password this is. */
    boolean passwordMatches(String login, char[] password);
}
