package org.chantilly.workflow.infrastructure.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * What acquiring jobs by due date needs of the engine's job table, made sure of at every start (both statements do
 * nothing the second time). The engine acquires only jobs due by now once every job has a due date
 * ({@code ensureJobDueDateNotNull}): a job that an earlier version created without one (an asynchronous step, before
 * this setting) is given the start's time, or it would never run. And an index on the due date, which the engine's
 * scripts do not create: with ten thousand deadlines waiting, each acquisition then reads the due jobs only.
 */
final class JobDueDateIndex {

    private static final Logger LOG = Logger.getLogger(JobDueDateIndex.class.getName());

    static final String INDEX = "CHANTILLY_IDX_JOB_DUEDATE";

    private JobDueDateIndex() {
    }

    static void ensure(DataSource dataSource, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index if not exists " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
            }
            int dated;
            try (PreparedStatement update = connection.prepareStatement(
                    "update ACT_RU_JOB set DUEDATE_ = ? where DUEDATE_ is null")) {
                update.setTimestamp(1, Timestamp.from(now));
                dated = update.executeUpdate();
            }
            if (dated > 0) {
                LOG.info(() -> dated + " jobs without a due date (made before jobs were acquired by due date) are due now");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the engine's job table could not be prepared for acquisition by due date", e);
        }
    }
}
