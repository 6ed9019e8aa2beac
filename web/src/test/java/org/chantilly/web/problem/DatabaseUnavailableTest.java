package org.chantilly.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUnavailableTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08003", "08006", "08P01", "57P01", "57P03"})
    void aConnectionFailureOfTheDriverIsAnOutage(String sqlState) {
        SQLException driver = new SQLException("An I/O error occurred while sending to the backend.", sqlState);
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(
                new PersistenceException("could not execute statement", driver))).isTrue();
    }

    @Test
    void aPoolWithoutConnectionsIsAnOutageHoweverDeepItIsWrapped() {
        SQLException pool = new SQLException("IJ031019: You are trying to use a connection factory that has been shut down",
                new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/ChantillyDS"));
        Throwable wrapped = new EJBException(new IllegalStateException(new RuntimeException("engine", pool)));
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(wrapped)).isTrue();
    }

    @Test
    void aTransientConnectionExceptionIsAnOutage() {
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(new SQLTransientConnectionException("timeout"))).isTrue();
    }

    @Test
    void hibernatesConnectionExceptionIsFoundByItsName() {
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(new RuntimeException(new JDBCConnectionException())))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(
                new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(new OptimisticLockException())).isFalse();
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(null)).isFalse();
    }

    @Test
    void aCauseThatIsItsOwnCauseEndsTheSearch() {
        assertThat(DatabaseUnavailable.isDatabaseUnavailable(new SelfCaused())).isFalse();
    }

    /** Stands for Hibernate's exception of that name, which this module does not depend on. */
    private static final class JDBCConnectionException extends RuntimeException {
    }

    private static final class SelfCaused extends RuntimeException {
        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }
}
