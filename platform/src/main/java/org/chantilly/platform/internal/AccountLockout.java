package org.chantilly.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.LoginAttempts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per account and locks the account for {@code chantilly.security.lockout.duration} after
 * {@code chantilly.security.lockout.attempts} failures in a row. The realm refuses a locked account (its query
 * checks {@code locked_until}). Every failure of an existing account is audited (why it failed, never the
 * password); the client's address goes to the server log only, since audit records can never be erased, and a user
 * name that belongs to no account is not audited at all (anyone could fill the trail with made-up names).
 */
@ApplicationScoped
class AccountLockout implements LoginAttempts {

    private static final Logger LOG = Logger.getLogger(AccountLockout.class.getName());

    /** The actor of a failed login: nobody is authenticated. */
    static final String ANONYMOUS = "anonymous";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** This bean through its proxy, so that {@link #clearFailures} (public: intercepted) gets its transaction. */
    @Inject
    AccountLockout self;

    @Inject
    @ConfigProperty(name = "chantilly.security.lockout.attempts", defaultValue = "5")
    int attempts;

    @Inject
    @ConfigProperty(name = "chantilly.security.lockout.duration", defaultValue = "PT15M")
    Duration lockFor;

    @Inject
    Clock clock;

    /** Accounts with failures since their last success; {@code null} until read from the database once. */
    private volatile Set<String> failing;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String remoteAddress) {
        Instant now = clock.instant();
        UserAccount account = username == null || username.isBlank() || username.length() > 64 ? null
                : locked(username);
        if (account == null) {
            // not audited: anyone could fill the permanent trail with made-up names; the server log keeps it
            LOG.warning(() -> "failed login with a user name that names no account, from " + remoteAddress);
            return;
        }
        LOG.info(() -> "failed login of " + username + " from " + remoteAddress);
        Map<String, Object> attempt = new LinkedHashMap<>();
        boolean wasLocked = account.isLocked(now);
        attempt.put("reason", !account.active() ? "INACTIVE" : wasLocked ? "LOCKED" : "WRONG_PASSWORD");
        boolean lockedNow = account.active() && account.loginFailed(now, attempts, lockFor);
        attempt.put("failuresInARow", account.failedLogins());
        audit.record(AuditEvent.of(ANONYMOUS, "LOGIN_FAILED", "USER", username).after(attempt));
        failing().add(username);
        if (lockedNow) {
            audit.record(AuditEvent.of(AuditEvent.SYSTEM, "ACCOUNT_LOCKED", "USER", username)
                    .change("lockedUntil", null, account.lockedUntil()));
            LOG.warning(() -> "account " + username + " locked until " + account.lockedUntil() + " after "
                    + attempts + " failed logins");
        }
    }

    /** The account, its row locked for this transaction (concurrent failures count one after the other). */
    private UserAccount locked(String username) {
        boolean exists = !em.createNativeQuery("select username from app_user where username = ? for update")
                .setParameter(1, username).getResultList().isEmpty();
        return exists ? em.find(UserAccount.class, username) : null;
    }

    /** Runs on every authenticated request: a look into memory, and a transaction only for a user with failures. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void succeeded(String username) {
        if (username != null && failing().contains(username)) {
            self.clearFailures(username);
        }
    }

    /**
     * Forgets the user first, then clears the count in one statement: it waits for the row lock of a failure being
     * counted at the same moment, so that failure cannot be left behind uncleared (a failure that starts after the
     * user was forgotten puts them back).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void clearFailures(String username) {
        failing.remove(username);
        em.createNativeQuery("update app_user set failed_logins = 0 where username = ? and failed_logins > 0")
                .setParameter(1, username).executeUpdate();
    }

    private Set<String> failing() {
        Set<String> known = failing;
        if (known == null) {
            known = ConcurrentHashMap.newKeySet();
            known.addAll(em.createQuery("select a.username from UserAccount a where a.failedLogins > 0", String.class)
                    .getResultList());
            failing = known;
        }
        return known;
    }
}
