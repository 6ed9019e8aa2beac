package org.chantilly.platform.organisation;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;

import org.chantilly.platform.api.Datasource;
import org.chantilly.platform.api.Listeners;
import org.chantilly.platform.internal.DatabaseProduct;
import org.chantilly.platform.internal.UserAccount;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the demo logins off a server that other machines reach. The demo accounts' passwords are published (README:
 * Demo logins), so when the server listens on anything but the loopback address ({@link Listeners}), the EAR does not
 * start while demo accounts would be created ({@code chantilly.demo-data}, on by default on the embedded H2) or exist
 * with their demo password: the deployment fails with one message that names what to change.
 * <p>
 * It is a CDI extension that decides once the deployment's beans are validated, before any of its web modules serves
 * a request and before any account is created (a failed start later, at {@code Startup}, would leave the web modules
 * answering). That is before the schema migrations, so the accounts are read with plain SQL, and a database without
 * the accounts table has no account.
 */
public class DemoLoginGuard implements Extension {

    private static final Logger LOG = Logger.getLogger(DemoLoginGuard.class.getName());

    void refuseOnReachableServer(@Observes AfterDeploymentValidation validation, BeanManager beans) {
        Listeners listeners = beans.createInstance().select(Listeners.class).get();
        if (listeners.loopbackOnly()) {
            return;
        }
        try {
            DataSource dataSource = (DataSource) new InitialContext().lookup(Datasource.JNDI_NAME);
            boolean demoWanted = ConfigProvider.getConfig().getOptionalValue("chantilly.demo-data", Boolean.class)
                    .orElseGet(() -> DatabaseProduct.isEmbedded(dataSource));
            Accounts accounts = accounts(dataSource);
            refusal(listeners, accounts.exist(), demoWanted, accounts.withDemoPassword()).ifPresent(message -> {
                LOG.severe(message);
                validation.addDeploymentProblem(new DemoLoginsOnReachableServer(message));
            });
        } catch (NamingException | SQLException e) {
            validation.addDeploymentProblem(new IllegalStateException("The demo accounts cannot be checked on this "
                    + "server, which other machines reach (" + listeners.describe() + "): " + e, e));
        }
    }

    /** Whether there are accounts, and which demo accounts are active and still accept their published password. */
    record Accounts(boolean exist, List<String> withDemoPassword) {
    }

    private static Accounts accounts(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasTable(connection.getMetaData(), "app_user")) {
                return new Accounts(false, List.of());
            }
            boolean exist;
            try (Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(*) from app_user")) {
                exist = count.next() && count.getLong(1) > 0;
            }
            List<String> withDemoPassword = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select password_hash, active from app_user where username = ?")) {
                for (OrganisationBootstrap.DemoAccount demo : OrganisationBootstrap.DEMO_ACCOUNTS) {
                    statement.setString(1, demo.username());
                    try (ResultSet account = statement.executeQuery()) {
                        // the account's own check of a password, as at a login
                        if (account.next() && account.getBoolean("active") && new UserAccount(demo.username(),
                                account.getString("password_hash"), Set.of(), Instant.EPOCH)
                                .accepts(demo.password().toCharArray())) {
                            withDemoPassword.add(demo.username());
                        }
                    }
                }
            }
            return new Accounts(exist, withDemoPassword);
        }
    }

    private static boolean hasTable(DatabaseMetaData database, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = database.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Why the application must not start, if it must not: other machines reach the server and either the demo
     * accounts are about to be created (an empty database with demo data on) or some accounts still have their
     * demo password.
     *
     * @param listeners        the server's listeners
     * @param accountsExist    whether the database has any account (then no demo account is created)
     * @param demoWanted       {@code chantilly.demo-data}, or its default for the database
     * @param withDemoPassword the demo logins that still accept their published password
     */
    static Optional<String> refusal(Listeners listeners, boolean accountsExist, boolean demoWanted,
                                    List<String> withDemoPassword) {
        if (listeners.loopbackOnly()) {
            return Optional.empty();
        }
        String where = "Chantilly does not start: this server listens on " + listeners.describe()
                + ", which other machines reach, ";
        if (!accountsExist && demoWanted) {
            return Optional.of(where + "and the demo accounts with their published passwords would be created. Set "
                    + "chantilly.demo-data=false (environment CHANTILLY_DEMO_DATA=false) and CHANTILLY_ADMIN_PASSWORD for "
                    + "the first administrator, or bind the server to 127.0.0.1 only (README: Demo logins).");
        }
        if (!withDemoPassword.isEmpty()) {
            return Optional.of(where + "and the demo accounts " + String.join(", ", withDemoPassword)
                    + " still have their published passwords. Start it bound to 127.0.0.1 only and give them new "
                    + "passwords or deactivate them (Staff, or POST /api/admin/staff/{login}/password and "
                    + "/deactivate), then start it again (README: Demo logins).");
        }
        return Optional.empty();
    }

    /** The start is refused: demo logins would work on a server other machines reach. */
    public static final class DemoLoginsOnReachableServer extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        DemoLoginsOnReachableServer(String message) {
            super(message);
        }
    }
}
