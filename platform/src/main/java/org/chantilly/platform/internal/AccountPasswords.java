package org.chantilly.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Credentials;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Message;
import org.chantilly.platform.api.OwnPassword;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An employee changes their own password: the current one is checked by the server's realm like a login (through
 * {@link Credentials}, outside any transaction, so a wrong one stays counted), the new one by the password policy.
 */
@ApplicationScoped
class AccountPasswords implements OwnPassword {

    private static final Logger LOG = Logger.getLogger(AccountPasswords.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Credentials credentials;

    /** This bean through its proxy, so that {@link #replace} (public: intercepted) gets its transaction. */
    @Inject
    AccountPasswords self;

    @Inject
    @ConfigProperty(name = "chantilly.security.password.min-length", defaultValue = "12")
    int minPasswordLength;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean changeRequired(String login) {
        if (login == null) {
            return false;
        }
        List<Boolean> required = em.createNamedQuery("UserAccount.passwordChangeRequired", Boolean.class)
                .setParameter("login", login).getResultList();
        return !required.isEmpty() && Boolean.TRUE.equals(required.get(0));
    }

    @Override
    public int minLength() {
        return minPasswordLength;
    }

    /**
     * Every refusal at once: the new password's (policy, the current one again) and the current password's (missing,
     * or wrong, which the realm counts as a failed login). The current password is checked only when both are given.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long change(Caller caller, String currentPassword, String newPassword) {
        String login = caller.username();
        List<FieldError> errors = new ArrayList<>();
        boolean currentGiven = currentPassword != null && !currentPassword.isEmpty();
        if (!currentGiven) {
            errors.add(FieldError.of("currentPassword", PlatformMessage.REQUIRED));
        }
        Optional<Message> refusal = new PasswordPolicy(minPasswordLength).refused(login, newPassword);
        refusal.ifPresent(reason -> errors.add(new FieldError("newPassword", reason)));
        if (currentGiven && newPassword != null && !newPassword.isEmpty()) {
            if (!credentials.passwordMatches(login, currentPassword.toCharArray())) {
                errors.add(FieldError.of("currentPassword", PlatformMessage.PASSWORD_WRONG));
            } else if (refusal.isEmpty() && newPassword.equals(currentPassword)) {
                errors.add(FieldError.of("newPassword", PlatformMessage.PASSWORD_SAME));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return self.replace(login, newPassword);
    }

    /**
     * Stores the new password's hash and clears a required change, audited (never the password).
     *
     * @return the account's new stamp
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public long replace(String login, String newPassword) {
        UserAccount account = em.find(UserAccount.class, login, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new ResourceNotFoundException(PlatformMessage.ACCOUNT_NOT_FOUND);
        }
        boolean wasRequired = account.passwordChangeRequired();
        account.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
        audit.record(AuditEvent.of(login, "PASSWORD_CHANGED", "USER", login)
                .change("passwordChangeRequired", wasRequired, false));
        LOG.info(() -> "password of " + login + " changed by its employee");
        return account.stamp();
    }
}
