package org.chantilly.workflow.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RefreshingTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();

    private void after(Duration elapsed) {
        nanos.addAndGet(elapsed.toNanos());
    }

    @Test
    void readsOncePerPeriodAndServesTheLastReadingInBetween() {
        Refreshing<Integer> value = new Refreshing<>(reads::incrementAndGet, Duration.ofSeconds(10), nanos::get);

        assertThat(value.get()).isEqualTo(1);
        after(Duration.ofSeconds(9));
        assertThat(value.get()).isEqualTo(1);
        after(Duration.ofSeconds(1));
        assertThat(value.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadingIsNotRepeatedWithinThePeriod() {
        Refreshing<Integer> value = new Refreshing<>(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return reads.get();
        }, Duration.ofSeconds(10), nanos::get);

        assertThatThrownBy(value::get).hasMessage("database down");
        assertThatThrownBy(value::get).hasMessage("database down");
        assertThat(reads).hasValue(1);
        after(Duration.ofSeconds(10));
        assertThat(value.get()).isEqualTo(2);
    }
}
