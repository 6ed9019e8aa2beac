package org.chantilly.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * R3, the full stack under an open model: requests are sent at a fixed arrival rate whatever the server does, and each
 * latency is counted from the moment the request was due to be sent (its intended start), not from when it left, so a
 * server that falls behind shows its queue in the figures instead of slowing the load down (coordinated omission).
 */
final class OpenModelLoad {

    /** What one rate gave. */
    record Step(int rate, int sent, int ok, int failed, double seconds, Latencies latencies) {

        double throughput() {
            return ok / seconds;
        }

        /** Held: every request answered in time order, none failed, and p99 under the bound. */
        boolean held(double p99BoundMillis) {
            return failed == 0 && latencies.p99() < p99BoundMillis && throughput() >= rate * 0.95;
        }
    }

    private OpenModelLoad() {
    }

    /** Sends {@code rate} requests per second for {@code seconds} seconds and waits for every answer. */
    static Step run(int rate, int seconds, IntFunction<HttpRequest> requests) {
        int total = rate * seconds;
        Latencies latencies = new Latencies();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(Api.CLIENT.sendAsync(requests.apply(i), java.net.http.HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        latencies.add((System.nanoTime() - intended) / 1_000);
                        if (error == null && response.statusCode() == 201) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Step(rate, total, ok.get(), failed.get(), elapsed, latencies);
    }

    /** A new in-person complaint of the branch, with its own idempotency key, as a till sends it. */
    static IntFunction<HttpRequest> complaints(Api frontline, String branch) {
        return i -> {
            String id = UUID.randomUUID().toString();
            String body = "{\"branchCode\":\"" + branch + "\",\"channel\":\"IN_PERSON\",\"customer\":{\"name\":\"Load "
                    + id.substring(0, 8) + "\",\"phone\":\"+49 40 " + (2_000_000 + i) + "\"},\"category\":\"PRODUCT_QUALITY\","
                    + "\"description\":\"Benchmark complaint " + id.substring(0, 8)
                    + ": the kettle leaks after two days of use.\"}";
            return frontline.request("/api/complaints").header("Content-Type", "application/json")
                    .header("Idempotency-Key", id).POST(Api.json(body)).build();
        };
    }
}
