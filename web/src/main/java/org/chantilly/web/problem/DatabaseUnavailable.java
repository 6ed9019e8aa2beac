package org.chantilly.web.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (down, restarting, or the connection pool has none to give
 * within its wait) from any other: the request did nothing and may simply be sent again later, so the caller gets a
 * 503 instead of an internal error. Decided from the exception chain, whoever wrapped it (JPA, Hibernate, the
 * process engine, the transaction, the connection pool).
 */
public final class DatabaseUnavailable {

    /** Seconds after which a client may try again (the {@code Retry-After} of a 503). */
    public static final long RETRY_AFTER_SECONDS = 10;

    /**
     * SQLSTATE class 08 (connection exception: cannot connect, connection broken) and the server's own shutdown,
     * crash shutdown and start-up (57P01 to 57P03, PostgreSQL).
     */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

    /**
     * What the application server and libraries throw for a missing connection, by simple class name as
     * {@code ConcurrentChange} does (they are not on this module's classpath), subclasses included.
     */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            // Hibernate: a connection could not be obtained or broke during the statement
            "JDBCConnectionException",
            // the Jakarta Connectors pool (IronJacamar): no managed connection, or none within the blocking timeout
            "ResourceException",
            // Elytron: the login's realm could not read the accounts table
            "RealmUnavailableException");

    private DatabaseUnavailable() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SHUTTING_DOWN.contains(sql.getSQLState()))) {
                return true;
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (CONNECTION_FAILURES.contains(type.getSimpleName())) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
