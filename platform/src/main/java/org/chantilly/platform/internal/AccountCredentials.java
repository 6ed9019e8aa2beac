package org.chantilly.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.Credentials;

/** Passwords checked against the accounts the server's realm reads (bcrypt). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AccountCredentials implements Credentials {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public boolean passwordMatches(String login, char[] password) {
        UserAccount account = login == null ? null : em.find(UserAccount.class, login);
        return account != null && account.accepts(password);
    }
}
