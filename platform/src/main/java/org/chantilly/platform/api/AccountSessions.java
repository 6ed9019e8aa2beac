package org.chantilly.platform.api;

import java.util.OptionalLong;

/**
 * Whether a session that keeps a login (the console's) may go on. Every account has a stamp that changes whenever its
 * access does: deactivation, a new role or scope, a password reset or change. A session remembers the stamp it logged
 * in with and ends as soon as the account's current stamp differs or the account is inactive, so a demoted,
 * deactivated or reset employee keeps nothing of the old access. (HTTP Basic on the API needs none of this: the
 * server's realm reads the account on every request.)
 */
public interface AccountSessions {

    /** The name of the security identity's attribute with the stamp the server's realm read at the login. */
    String STAMP_ATTRIBUTE = "Stamp";

    /**
     * The stamp the server's realm read when the current request's caller logged in (the attribute
     * {@value #STAMP_ATTRIBUTE} of their security identity), when there is one.
     */
    OptionalLong stampAtLogin();

    /** The account's stamp now, or empty when the account is inactive or does not exist. One primary-key read. */
    OptionalLong activeStamp(String login);
}
