package org.chantilly.bench;

/** What one stage measured: operations per second and their latencies. */
record Throughput(String stage, int operations, int failed, double seconds, Latencies latencies) {

    double perSecond() {
        return operations / seconds;
    }

    /**
     * Runs {@code count} operations from {@code threads} threads (a closed model: each thread starts the next when
     * the last ended) and times each.
     */
    static Throughput closed(String stage, int count, int threads, Operation operation) throws InterruptedException {
        Latencies latencies = new Latencies();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Exception> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                        operation.run(i);
                        latencies.add((System.nanoTime() - begin) / 1_000);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                }
            }, stage + "-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (firstFailure.get() != null) {
            System.out.println("  " + stage + ": " + failed.get() + " failed, the first: " + firstFailure.get());
        }
        return new Throughput(stage, count - failed.get(), failed.get(), seconds, latencies);
    }

    @FunctionalInterface
    interface Operation {
        void run(int i) throws Exception;
    }
}
