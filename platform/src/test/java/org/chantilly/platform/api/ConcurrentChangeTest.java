package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

    @Test
    void repeatsAUseCaseThatClashedWithAnotherTransaction() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ConcurrentChange.retrying(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("commit failed", new OptimisticLockException("version changed"));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void recognisesAFailedCommitThatTheContainerRethrowsUnchecked() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ConcurrentChange.retrying(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw ConcurrentChangeTest.<RuntimeException>sneaky(new jakarta.transaction.RollbackException("commit failed"),
                        new OptimisticLockException());
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E sneaky(Exception e, Throwable cause) throws E {
        e.initCause(cause);
        throw (E) e;
    }

    @Test
    void givesUpWithAConflictAfterThreeClashes() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConcurrentChange.retrying(() -> {
            attempts.incrementAndGet();
            throw new OptimisticLockException();
        })).isInstanceOf(ConflictException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aConcurrentInsertOfTheSameKeyIsAClash() {
        assertThat(ConcurrentChange.isConcurrentChange(new IllegalStateException(
                new java.sql.SQLException("duplicate key", "23505")))).isTrue();
        assertThat(ConcurrentChange.isConcurrentChange(new IllegalStateException(
                new java.sql.SQLException("not null", "23502")))).isFalse();
    }

    @Test
    void otherFailuresAreNotRepeated() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConcurrentChange.retrying(() -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("bad");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
