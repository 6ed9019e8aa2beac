package org.chantilly.bench;

import java.util.Arrays;

/** Latencies of one measurement in microseconds, and their percentiles in milliseconds. */
final class Latencies {

    private long[] micros = new long[1024];
    private int size;

    synchronized void add(long latencyMicros) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = latencyMicros;
    }

    static Latencies of(long[] values) {
        Latencies latencies = new Latencies();
        for (long value : values) {
            latencies.add(value);
        }
        return latencies;
    }

    synchronized int count() {
        return size;
    }

    /** The percentile (0 to 100) in milliseconds, nearest rank. */
    synchronized double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }

    double p99() {
        return percentileMillis(99);
    }

    double max() {
        return percentileMillis(100);
    }
}
