package org.chantilly.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;

import org.chantilly.platform.api.LoginAttempts;

/** The realm counts logins (see {@link LoginAttempts}): this bean only satisfies callers not yet changed. */
@ApplicationScoped
class RealmCountsLogins implements LoginAttempts {
}
