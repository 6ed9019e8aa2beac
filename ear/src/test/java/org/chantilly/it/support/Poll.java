package org.chantilly.it.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for asynchronous work (jobs, mail) by reading again until a condition holds or a deadline passes. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private Poll() {
    }

    /** The first value read that satisfies the condition; the last one read when the deadline passed. */
    public static <T> T until(Supplier<T> read, Predicate<T> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(INTERVAL.toNanos());
            value = read.get();
        }
        return value;
    }
}
