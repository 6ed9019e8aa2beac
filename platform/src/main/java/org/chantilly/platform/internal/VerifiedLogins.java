package org.chantilly.platform.internal;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The server remembers verified logins (Elytron's caching realm in front of the accounts table, see
 * configure-server.cli), so that an API request does not cost a bcrypt computation each time. Whatever changes an
 * account (a lock after failed logins, a lifted lock, a new password, new roles, a deactivation) must take effect with
 * the next request, so this entity listener empties that cache once the change has committed. Changes are rare; the
 * logins of everyone else cost one bcrypt each afterwards.
 */
public class VerifiedLogins {

    /** The caching realm as WildFly's management model exposes it over JMX. */
    static final String CACHING_REALM = "jboss.as:subsystem=elytron,caching-realm=ChantillyCachingRealm";

    private static final Logger LOG = Logger.getLogger(VerifiedLogins.class.getName());

    @PostPersist
    @PostUpdate
    @PostRemove
    void accountChanged(Object account) {
        forgetAfterCommit();
    }

    /** Empties the cache when the current transaction commits (at once without a transaction). */
    public static void forgetAfterCommit() {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null) {
            forget();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    forget();
                }
            }
        });
    }

    static void forget() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(CACHING_REALM), "clearCache",
                    new Object[0], new String[0]);
        } catch (InstanceNotFoundException e) {
            // a server configured without the caching realm has nothing to forget
        } catch (JMException | RuntimeException e) {
            LOG.warning(() -> "the server's cache of verified logins could not be emptied: " + e);
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null;
        }
    }
}
