package org.chantilly.workflow.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class JobDueDateIndexTest {

    private static final Instant START = Instant.parse("2026-12-07T16:00:00Z");

    @Test
    void aJobWithoutADueDateBecomesDueAtTheStartAndTheIndexIsMadeOnce() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:job-due-date;DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table ACT_RU_JOB (ID_ varchar(64) primary key, DUEDATE_ timestamp)");
            statement.execute("insert into ACT_RU_JOB values ('ack', null), ('timer', timestamp '2026-12-08 17:00:00')");

            JobDueDateIndex.ensure(dataSource, START);
            JobDueDateIndex.ensure(dataSource, START.plusSeconds(60));

            try (ResultSet jobs = statement.executeQuery("select ID_, DUEDATE_ from ACT_RU_JOB order by ID_")) {
                assertThat(jobs.next()).isTrue();
                assertThat(jobs.getTimestamp("DUEDATE_").toInstant()).as("the job an earlier version made")
                        .isEqualTo(START);
                assertThat(jobs.next()).isTrue();
                assertThat(jobs.getTimestamp("DUEDATE_").toLocalDateTime()).as("a timer keeps its due date")
                        .hasToString("2026-12-08T17:00");
            }
            try (ResultSet index = statement.executeQuery("select count(*) from INFORMATION_SCHEMA.INDEXES "
                    + "where INDEX_NAME = '" + JobDueDateIndex.INDEX + "'")) {
                assertThat(index.next()).isTrue();
                assertThat(index.getInt(1)).isEqualTo(1);
            }
        }
    }
}
