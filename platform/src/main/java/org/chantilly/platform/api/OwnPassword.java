package org.chantilly.platform.api;

/**
 * An employee's own password: changing it, and whether they must before anything else. A password an administrator
 * set (a new account, a reset) is known to the administrator, so the employee must replace it with one of their own
 * before they may do anything else: the API answers every other request with a {@code 403}
 * {@link ProblemType#PASSWORD_CHANGE_REQUIRED} problem and the console shows only its change-password page.
 */
public interface OwnPassword {

    /** Whether the account must change its password before anything else (an administrator set it). */
    boolean changeRequired(String login);

    /** The fewest characters the password policy accepts ({@code chantilly.security.password.min-length}). */
    int minLength();

    /**
     * Replaces the caller's password after checking the current one exactly as a login checks it (a wrong one counts
     * as a failed login and is delayed like one). The new password must pass the password policy and differ from the
     * current one. Clears the required change, changes the account's stamp (so the employee's sessions end, see
     * {@link AccountSessions}) and is audited as {@code PASSWORD_CHANGED} (never the password).
     *
     * @return the account's new stamp: the session that made the change goes on with it, every other one ends
     * @throws InvalidInputException naming {@code currentPassword} (missing or wrong) or {@code newPassword} (missing,
     *                               refused by the policy or the current one)
     */
    long change(Caller caller, String currentPassword, String newPassword);
}
