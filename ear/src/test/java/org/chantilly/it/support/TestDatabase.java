package org.chantilly.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Direct reads of the database the server under test uses, to check what was (not) written, and writes of records the
 * application refuses to make (to show that a report finds them).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A connection as the application's database user (the PostgreSQL server's, or H2's through AUTO_SERVER). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("chantilly.it.db.url"),
                System.getProperty("chantilly.it.db.user"), System.getProperty("chantilly.it.db.password"));
    }

    public static boolean isPostgreSql() {
        return System.getProperty("chantilly.it.db.url").startsWith("jdbc:postgresql:");
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database", e);
        }
    }

    /** Runs an insert or update (auto-committed); returns the number of rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the test database", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
