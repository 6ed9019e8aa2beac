package org.chantilly.platform.internal;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AccountSessions;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/** The accounts' stamps: the one the realm put into the caller's security identity, and the stored one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AccountStamps implements AccountSessions {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public OptionalLong stampAtLogin() {
        try {
            SecurityDomain domain = SecurityDomain.getCurrent();
            SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
            String stamp = identity == null ? null : identity.getAttributes().getFirst(STAMP_ATTRIBUTE);
            return stamp == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(stamp));
        } catch (RuntimeException | LinkageError e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public OptionalLong activeStamp(String login) {
        if (login == null) {
            return OptionalLong.empty();
        }
        List<?> stamps = em.createNativeQuery("select stamp from app_user where username = ? and active = true")
                .setParameter(1, login).getResultList();
        return stamps.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) stamps.get(0)).longValue());
    }
}
