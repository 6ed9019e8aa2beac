package org.chantilly.it.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Direct reads of the database the server under test uses, to check what was (not) written, and writes of records the
 * application refuses to make (to show that a report finds them).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * A connection to the server's database (H2 runs with AUTO_SERVER=TRUE in the tests, so this JVM may open it too;
     * PostgreSQL through the properties {@code TestDatabaseSession} set). The caller closes it.
     */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("chantilly.it.db.url"),
                System.getProperty("chantilly.it.db.user"), System.getProperty("chantilly.it.db.password"));
    }

    public static boolean isPostgreSql() {
        return System.getProperty("chantilly.it.db.url").startsWith("jdbc:postgresql:");
    }

    /** Where a searched value was found: table, column and the value searched (never the row's content). */
    public record Hit(String table, String column, String value) {
    }

    /**
     * Searches every column that can hold text or bytes (character types, CLOBs, BLOBs, bytea, JSON and other
     * vendor types read as text) of every table of the database, all schemas but the system's, for each value,
     * ignoring case. Bytes are searched as UTF-8 and as ISO-8859-1 text.
     *
     * @return every table and column a value occurs in
     */
    public static List<Hit> search(List<String> values) {
        List<String> wanted = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        List<Hit> hits = new ArrayList<>();
        try (Connection connection = connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, null, "%", null)) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    String type = rows.getString("TABLE_TYPE");
                    if (type != null && type.toUpperCase(Locale.ROOT).contains("TABLE")
                            && !type.toUpperCase(Locale.ROOT).contains("SYSTEM") && !isSystemSchema(schema)) {
                        tables.add(new String[] {schema, rows.getString("TABLE_NAME")});
                    }
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("the database has no tables to search");
            }
            for (String[] table : tables) {
                List<String> columns = new ArrayList<>();
                List<Boolean> binary = new ArrayList<>();
                try (ResultSet rows = meta.getColumns(null, table[0], table[1], "%")) {
                    while (rows.next()) {
                        int type = rows.getInt("DATA_TYPE");
                        if (TEXT_TYPES.contains(type) || BINARY_TYPES.contains(type)) {
                            columns.add(rows.getString("COLUMN_NAME"));
                            binary.add(BINARY_TYPES.contains(type));
                        }
                    }
                }
                if (columns.isEmpty()) {
                    continue;
                }
                String sql = "select " + String.join(", ", columns.stream().map(TestDatabase::quoted).toList())
                        + " from " + quoted(table[0]) + "." + quoted(table[1]);
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            List<String> texts = new ArrayList<>();
                            if (binary.get(i)) {
                                byte[] bytes = rows.getBytes(i + 1);
                                if (bytes != null) {
                                    texts.add(new String(bytes, StandardCharsets.UTF_8));
                                    texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
                                }
                            } else {
                                String text = rows.getString(i + 1);
                                if (text != null) {
                                    texts.add(text);
                                }
                            }
                            for (String text : texts) {
                                String lower = text.toLowerCase(Locale.ROOT);
                                for (int v = 0; v < wanted.size(); v++) {
                                    Hit hit = new Hit(table[1], columns.get(i), values.get(v));
                                    if (lower.contains(wanted.get(v)) && !hits.contains(hit)) {
                                        hits.add(hit);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the test database", e);
        }
        return hits;
    }

    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB, Types.OTHER, Types.SQLXML);
    private static final Set<Integer> BINARY_TYPES = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private static boolean isSystemSchema(String schema) {
        return schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.startsWith("pg_"));
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
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
