package org.chantilly.realm;

import java.time.Instant;

/**
 * An account as one login sees it: its stored hash, whether it is active, its stamp (bumped whenever its access
 * changes), and the failed logins from the login's source address.
 *
 * @param hash          the stored password hash
 * @param active        whether the account may log in
 * @param stamp         the account's version of its access (roles, scope, password, activity)
 * @param throttled     whether the source address has a row of failures for the account
 * @param failures      failed logins in a row from the source address (as stored; see {@link LoginDelays#counting})
 * @param lastFailure   the last of them, or {@code null}
 * @param delayedUntil  until when the source address must wait, or {@code null}
 * @param refused       attempts refused while delayed and not yet reported
 */
record AccountState(String hash, boolean active, long stamp, boolean throttled, int failures, Instant lastFailure,
                    Instant delayedUntil, int refused) {

    /** Whether a password check from the source address must wait at this moment. */
    boolean delayedAt(Instant now) {
        return delayedUntil != null && delayedUntil.isAfter(now);
    }
}
