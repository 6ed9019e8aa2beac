package org.chantilly.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Deadline timers under load: the complaints filed for this stage wait on the frontline's reminder and deadline
 * timers (a short deadline for their channel is configured at the server's start). Once they come due, the stage waits
 * until the engine's job log shows every one of them executed and reads from the log how late each fired (the log's
 * time of success minus the job's due date) and how fast the backlog drained.
 */
final class Timers {

    static final String[] TIMER_ACTIVITIES = {"BoundaryEvent_ReminderDue", "BoundaryEvent_DeadlinePassed"};

    /** The successful executions of those timers in the processes whose business key starts with the prefix. */
    private static final String FIRED = " from ACT_HI_JOB_LOG l join ACT_HI_PROCINST p on p.ID_ = l.ROOT_PROC_INST_ID_"
            + " where l.JOB_STATE_ = 2 and l.ACT_ID_ in (?, ?) and p.BUSINESS_KEY_ like ?";

    /** What the stage measured. */
    record Result(int fired, int expected, Latencies lateness, double drainPerSecond) {
    }

    private Timers() {
    }

    /**
     * Waits (up to {@code patienceMillis} after the last one was due) until {@code expected} timers of the branch's
     * processes have fired, then reads their lateness.
     */
    static Result await(Connection connection, String branchPrefix, int expected, long patienceMillis)
            throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + patienceMillis;
        int fired = 0;
        while (System.currentTimeMillis() < deadline) {
            fired = fired(connection, branchPrefix);
            if (fired >= expected) {
                break;
            }
            Thread.sleep(1000);
        }
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement query = fired(connection, "select l.JOB_DUEDATE_, l.TIMESTAMP_", branchPrefix)) {
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Timestamp due = result.getTimestamp(1);
                    Timestamp done = result.getTimestamp(2);
                    rows.add(new long[] {due.getTime(), done.getTime()});
                }
            }
        }
        Latencies lateness = new Latencies();
        long firstDue = Long.MAX_VALUE;
        long lastDone = Long.MIN_VALUE;
        for (long[] row : rows) {
            lateness.add(Math.max(0, row[1] - row[0]) * 1000);
            firstDue = Math.min(firstDue, row[0]);
            lastDone = Math.max(lastDone, row[1]);
        }
        double drain = rows.isEmpty() ? 0 : rows.size() / Math.max(0.001, (lastDone - firstDue) / 1000.0);
        return new Result(rows.size(), expected, lateness, drain);
    }

    private static int fired(Connection connection, String branchPrefix) throws SQLException {
        try (PreparedStatement query = fired(connection, "select count(*)", branchPrefix)) {
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static PreparedStatement fired(Connection connection, String select, String branchPrefix)
            throws SQLException {
        PreparedStatement query = connection.prepareStatement(select + FIRED);
        query.setString(1, TIMER_ACTIVITIES[0]);
        query.setString(2, TIMER_ACTIVITIES[1]);
        query.setString(3, branchPrefix + "%");
        return query;
    }
}
