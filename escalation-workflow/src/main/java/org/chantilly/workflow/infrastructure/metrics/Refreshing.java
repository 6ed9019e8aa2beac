package org.chantilly.workflow.infrastructure.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from its source at most once per period; in between, the last reading is served. A failed reading
 * is served (thrown) for the period too, so a database that is down is not asked again by every gauge of a scrape.
 * Readers wait while one of them reads.
 */
final class Refreshing<T> {

    private final Supplier<T> source;
    private final long periodNanos;
    private final LongSupplier nanoTime;

    private boolean read;
    private long readAt;
    private T value;
    private RuntimeException failure;

    Refreshing(Supplier<T> source, Duration period, LongSupplier nanoTime) {
        this.source = Objects.requireNonNull(source);
        this.periodNanos = period.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime);
    }

    synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= periodNanos) {
            readAt = now;
            read = true;
            try {
                value = source.get();
                failure = null;
            } catch (RuntimeException e) {
                value = null;
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
