package org.chantilly.realm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * The realm's statements on the accounts' login state (tables {@code app_user}, {@code login_throttle} and
 * {@code login_event}, created by the platform module's migrations). Each runs on its own connection in auto-commit
 * (the realm is never part of the application's transactions), and concurrent failures of the same account and
 * address count one after the other: a row changes only when it still holds what was read, else it is read again.
 * The application turns the queued {@code login_event} rows into audit records and reports the refused attempts.
 */
final class LoginThrottle {

    static final String READ = "SELECT u.password_hash, u.active, u.stamp, t.failures, t.last_failure,"
            + " t.delayed_until, t.refused FROM app_user u LEFT JOIN login_throttle t"
            + " ON t.username = u.username AND t.source = ? WHERE u.username = ?";

    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;

    LoginThrottle(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The account and its failures from the source, or {@code null} when no account has that login. */
    AccountState read(String login, String source) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(READ)) {
            query.setString(1, source);
            query.setString(2, login);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                int failures = row.getInt(4);
                boolean throttled = !row.wasNull();
                return new AccountState(row.getString(1), row.getBoolean(2), row.getLong(3), throttled, failures,
                        instant(row, 5), instant(row, 6), row.getInt(7));
            }
        }
    }

    /**
     * A failed check: one more failure from the source (the count starts again once the earlier ones are forgotten),
     * the wait that follows, and the event for the audit trail.
     *
     * @return the failures in a row now and the wait they cause
     */
    Failure failed(String login, String source, String reason, String via, LoginDelays delays, Instant now)
            throws SQLException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            AccountState state = read(login, source);
            if (state == null) {
                return null;
            }
            int before = delays.counting(state.failures(), state.lastFailure(), now);
            int failures = before + 1;
            Duration delay = delays.delayAfter(failures);
            Instant until = delay.isZero() ? null : now.plus(delay);
            if (store(login, source, state, failures, until, now)) {
                Failure failure = new Failure(failures, delay, failures == delays.after());
                queue(login, reason, via, failure, now);
                return failure;
            }
        }
        throw new SQLException("the failed login of " + login + " could not be counted: too many at once");
    }

    /** A check refused unseen because the source must wait: counted for the report at the end of the burst. */
    void refused(String login, String source, Instant now) throws SQLException {
        execute("UPDATE login_throttle SET refused = refused + 1, first_refused = CASE WHEN refused = 0 THEN ?"
                + " ELSE first_refused END, last_refused = ? WHERE username = ? AND source = ?",
                timestamp(now), timestamp(now), login, source);
    }

    /** The right password, not delayed: the failures from the source are forgotten (refusals wait for their report). */
    void succeeded(String login, String source) throws SQLException {
        execute("DELETE FROM login_throttle WHERE username = ? AND source = ? AND refused = 0", login, source);
        execute("UPDATE login_throttle SET failures = 0, delayed_until = NULL WHERE username = ? AND source = ?",
                login, source);
    }

    private boolean store(String login, String source, AccountState state, int failures, Instant until, Instant now)
            throws SQLException {
        if (!state.throttled()) {
            try {
                execute("INSERT INTO login_throttle (username, source, failures, last_failure, delayed_until, refused)"
                        + " VALUES (?, ?, ?, ?, ?, 0)", login, source, failures, timestamp(now), timestamp(until));
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // another failure inserted it first: read again
                }
                throw e;
            }
        }
        return execute("UPDATE login_throttle SET failures = ?, last_failure = ?, delayed_until = ?"
                + " WHERE username = ? AND source = ? AND failures = ?", failures, timestamp(now), timestamp(until),
                login, source, state.failures()) == 1;
    }

    private void queue(String login, String reason, String via, Failure failure, Instant now) throws SQLException {
        execute("INSERT INTO login_event (occurred_at, username, reason, via, failures, delay_millis, delay_started)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", timestamp(now), login, reason, via, failure.inARow(),
                failure.delay().toMillis(), failure.delayStarted());
    }

    private int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement.executeUpdate();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * What a failure led to.
     *
     * @param inARow       failures in a row from the source, this one included
     * @param delay        how long the source must now wait (zero for none)
     * @param delayStarted whether this failure started the delays
     */
    record Failure(int inARow, Duration delay, boolean delayStarted) {
    }
}
