package org.chantilly.bench.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/**
 * Stage R2 of the benchmark: the intake service called inside the server (JPA persist, process start, events and
 * audit record in one transaction), from a fixed number of the container's threads, with no HTTP per complaint.
 * Each call is timed on its own; the answer carries the count, the wall time and every latency in microseconds so
 * the runner computes the same percentiles as for the other stages.
 */
@Path("")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeProbe {

    @Inject
    ComplaintIntake intake;

    @Resource
    ManagedExecutorService executor;

    /**
     * Files {@code count} complaints through the intake service from {@code threads} threads, as the REST resource
     * does (a clash over a branch's first reference number of the year is retried).
     *
     * @param branch     one branch code, or several separated by commas (taken in turn)
     * @param receivedBy the login recorded as the one who took them
     * @param perSecond  an arrival rate to keep (complaint i starts no earlier than i / perSecond seconds after the
     *                   first), or 0 for as fast as the threads go
     */
    @POST
    @Path("intake")
    public JsonObject intake(@QueryParam("branch") String branch, @QueryParam("channel") String channel,
                             @QueryParam("count") int count, @QueryParam("threads") int threads,
                             @QueryParam("receivedBy") String receivedBy,
                             @QueryParam("perSecond") double perSecond) throws Exception {
        Channel via = Channel.valueOf(channel);
        String[] branches = branch.split(",");
        long[] micros = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    if (perSecond > 0) {
                        long due = start + (long) (i * 1e9 / perSecond);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    long begin = System.nanoTime();
                    try {
                        NewComplaint complaint = complaint(branches[i % branches.length], via, i);
                        ConcurrentChange.retrying(() -> intake.receive(complaint, receivedBy, null, null));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    micros[i] = (System.nanoTime() - begin) / 1_000;
                }
                return null; // a Callable, so that the pacing may wait
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long wallMicros = (System.nanoTime() - start) / 1_000;
        var latencies = Json.createArrayBuilder();
        Arrays.stream(micros).forEach(latencies::add);
        return Json.createObjectBuilder().add("count", count).add("failed", failed.get())
                .add("wallMicros", wallMicros).add("latencyMicros", latencies).build();
    }

    /** The server's heap after a full collection: what the load left behind, not garbage not yet collected. */
    @GET
    @Path("heap")
    public JsonObject heap() {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return Json.createObjectBuilder().add("usedBytes", heap.getUsed()).add("committedBytes", heap.getCommitted())
                .add("maxBytes", heap.getMax()).build();
    }

    private static NewComplaint complaint(String branch, Channel channel, int i) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        CustomerDetails customer = new CustomerDetails("Bench Customer " + id, "bench-" + id + "@example.org",
                "+49 40 " + (1_000_000 + i), channel == Channel.LETTER ? "Bench Street 1\n20099 Hamburg" : null, "en",
                true);
        return new NewComplaint(branch, channel, customer, CustomerType.UNKNOWN, ComplaintCategory.PRODUCT_QUALITY,
                Severity.MEDIUM, "Benchmark complaint " + id + ": the kettle leaks after two days of use.",
                "A replacement", null);
    }
}
