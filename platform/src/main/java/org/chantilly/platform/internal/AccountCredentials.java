package org.chantilly.platform.internal;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.Credentials;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Passwords checked again through the server's security domain, exactly as a login is: the realm that checks every
 * login (the server module {@code org.chantilly.realm}) verifies the password, so a wrong one counts as a failed login
 * of the account and is delayed like one, and a locked or inactive account is refused. Never inside the caller's
 * transaction, so that a failure the realm counts stays counted when the caller's use case rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
class AccountCredentials implements Credentials {

    /** The security domain of the current request: WildFly associates the web module's class loader with it. */
    Supplier<SecurityDomain> domain = SecurityDomain::getCurrent;

    @Override
    public boolean passwordMatches(String login, char[] password) {
        if (login == null || login.isBlank() || password == null) {
            return false;
        }
        SecurityDomain current = domain.get();
        if (current == null) {
            throw new IllegalStateException("no security domain is associated with this request");
        }
        PasswordGuessEvidence evidence = new PasswordGuessEvidence(password.clone());
        try {
            current.authenticate(login, evidence);
            return true;
        } catch (SecurityException refused) {
            return false;
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("the accounts cannot be read", e);
        } finally {
            evidence.destroy();
        }
    }
}
