package org.chantilly.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.Datasource;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure somebody can log in on a new installation. On an empty database it creates either the demo accounts
 * (one per role; the default on the embedded H2) or a single administrator whose initial password comes from
 * configuration ({@code CHANTILLY_ADMIN_PASSWORD}); a database that has accounts is left alone.
 */
@ApplicationScoped
class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    /** The demo accounts README.md lists: user name, password, role. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("frontline", "frontline-demo", Roles.FRONTLINE),
            new DemoAccount("supervisor", "supervisor-demo", Roles.SUPERVISOR),
            new DemoAccount("manager", "manager-demo", Roles.MANAGER),
            new DemoAccount("headoffice", "headoffice-demo", Roles.HEAD_OFFICE),
            new DemoAccount("handbook", "handbook-demo", Roles.HANDBOOK_OWNER),
            new DemoAccount("auditor", "auditor-demo", Roles.AUDITOR),
            new DemoAccount("admin", "admin-demo", Roles.ADMIN));

    record DemoAccount(String username, String password, String role) {
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "chantilly.demo-data")
    Optional<Boolean> demoData;

    @Inject
    @ConfigProperty(name = "chantilly.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "chantilly.admin.password")
    Optional<String> adminPassword;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    void ensureAccounts() {
        long existing = em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        Instant now = clock.instant();
        if (demoData.orElseGet(this::isEmbeddedDatabase)) {
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                em.persist(new UserAccount(demo.username(), PasswordHasher.hash(demo.password().toCharArray()),
                        Set.of(demo.role()), now));
            }
            LOG.info(() -> "created " + DEMO_ACCOUNTS.size() + " demo accounts (see README.md)");
        } else if (adminPassword.isPresent() && !adminPassword.get().isBlank()) {
            em.persist(new UserAccount(adminUsername, PasswordHasher.hash(adminPassword.get().toCharArray()),
                    Set.of(Roles.ADMIN), now));
            LOG.info(() -> "created the first administrator account '" + adminUsername + "'");
        } else {
            LOG.warning("no accounts exist and none were created: set CHANTILLY_ADMIN_PASSWORD "
                    + "(or chantilly.demo-data=true) and restart");
        }
    }

    private boolean isEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's product name", e);
        }
    }
}
