package org.chantilly.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the PostgreSQL run of the integration tests its database before Arquillian starts the server. It uses the
 * server given by configuration ({@code chantilly.it.pg.host}, {@code .port}, {@code .user}, {@code .password};
 * defaults 127.0.0.1:5432, user postgres, password postgres) and recreates the database {@code chantilly_it} (the
 * crash tests: {@code chantilly.it.pg.database}) there. When no server answers, it starts an embedded PostgreSQL from
 * Maven Central (io.zonky.test). It never skips: if neither works, the test run fails.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    /** The crash tests run against a database of their own ({@code chantilly.it.pg.database}, see ear/pom.xml). */
    static final String DATABASE = System.getProperty("chantilly.it.pg.database", "chantilly_it");

    private EmbeddedPostgres embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgresql".equals(System.getProperty("chantilly.it.db.driver"))
                || System.getProperty("chantilly.it.db.url") != null) {
            return;
        }
        String host = System.getProperty("chantilly.it.pg.host", "127.0.0.1");
        int port = Integer.getInteger("chantilly.it.pg.port", 5432);
        String user = System.getProperty("chantilly.it.pg.user", "postgres");
        // WildFly refuses an empty datasource password; a trust-authenticated server ignores it
        String password = System.getProperty("chantilly.it.pg.password", "postgres");
        try {
            if (answers(host, port)) {
                recreateDatabase("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
                use(batchedInserts("jdbc:postgresql://" + host + ":" + port + "/" + DATABASE), user, password,
                        "PostgreSQL server at " + host + ":" + port);
            } else {
                embedded = EmbeddedPostgres.builder().start();
                recreateDatabase(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                use(batchedInserts(embedded.getJdbcUrl("postgres", DATABASE)), "postgres", "postgres",
                        "embedded PostgreSQL on port " + embedded.getPort() + " (no server at " + host + ":" + port + ")");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("no PostgreSQL for the integration tests: neither a server at " + host + ":"
                    + port + " nor an embedded one could be used", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("could not stop the embedded PostgreSQL", e);
            }
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void recreateDatabase(String adminUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /** The URL as README recommends it for production: the driver sends a batch of inserts as one statement. */
    private static String batchedInserts(String url) {
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    private static void use(String url, String user, String password, String description) {
        System.setProperty("chantilly.it.db.url", url);
        System.setProperty("chantilly.it.db.user", user);
        System.setProperty("chantilly.it.db.password", password);
        System.out.println("[chantilly-it] database: " + description + ", database " + DATABASE);
    }
}
