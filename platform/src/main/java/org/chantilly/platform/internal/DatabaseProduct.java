package org.chantilly.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which of the two supported databases is behind the datasource: the embedded H2 or PostgreSQL. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** {@code h2} or {@code postgresql}, the names of the vendor migration folders. */
    public static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()) ? "h2" : "postgresql";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's product name", e);
        }
    }

    public static boolean isEmbedded(DataSource dataSource) {
        return "h2".equals(vendor(dataSource));
    }
}
