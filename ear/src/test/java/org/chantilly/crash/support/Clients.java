package org.chantilly.crash.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;

/**
 * Employees of one branch working against the server as real clients do when it may vanish: a complaint is sent with
 * an Idempotency-Key and sent again, with the same key, until a 201 comes; a task completion is sent again until it
 * is confirmed (a 404 after a lost answer means the earlier attempt went through). What they were told goes to the
 * {@link Ledger}; every answer, with its duration, to an optional observer.
 */
public final class Clients {

    /** Longest a client keeps trying one request (the server restarts in well under a minute). */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(180);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    /** One answer of the server (status -1: no answer, the connection failed or timed out). */
    public record Answer(String request, int status, String contentType, String problemType, boolean retryAfter,
                         Duration took, Instant at, String body) {
        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String branch;
    private final String frontline;
    private final String password;
    private final Ledger ledger;
    private final Random random;
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Consumer<Answer> observer = answer -> { };

    public Clients(String branch, String frontline, String password, Ledger ledger, long seed) {
        this.branch = branch;
        this.frontline = frontline;
        this.password = password;
        this.ledger = ledger;
        this.random = new Random(seed);
    }

    public void observe(Consumer<Answer> observer) {
        this.observer = observer;
    }

    /** Starts clients filing complaints (a short pause between two) and, if asked, one escalating frontline tasks. */
    public synchronized void start(int filing, boolean escalating) {
        running.set(true);
        for (int i = 0; i < filing; i++) {
            threads.add(daemon("intake-" + i, () -> {
                while (running.get()) {
                    file(pickChannel());
                    pause(Duration.ofMillis(100));
                }
            }));
        }
        if (escalating) {
            threads.add(daemon("escalation", () -> {
                while (running.get()) {
                    Optional<JsonObject> task = oldestFrontlineDecision();
                    if (task.isPresent()) {
                        escalate(task.get());
                    } else {
                        pause(Duration.ofMillis(300));
                    }
                }
            }));
        }
    }

    /** No new work; each client finishes what it is sending (until its 201 or confirmation). */
    public synchronized void stop() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(GIVE_UP_AFTER.plusSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    private synchronized String pickChannel() {
        return List.of("SMS", "EMAIL", "PHONE").get(random.nextInt(3));
    }

    /** Files one complaint, the same request with the same key until it is created; its reference, if it was. */
    public Optional<String> file(String channel) {
        int n = counter.incrementAndGet();
        String key = UUID.randomUUID().toString();
        String tag = branch.toLowerCase() + "-" + n + "-" + key.substring(0, 8);
        String body = Api.complaint(branch, channel, "Crash Customer " + n,
                channel.equals("EMAIL") ? tag + "@example.org" : null,
                channel.equals("EMAIL") ? null : "+49 40 " + (1_000_000 + n),
                "Complaint " + n + " filed while the server may be killed.");
        Optional<Sent> created = sendUntilAnswered("POST /api/complaints", () -> Api.as(frontline, password,
                        "/api/complaints").header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (created.isEmpty()) {
            return Optional.empty();
        }
        HttpResponse<String> response = created.get().response();
        if (response.statusCode() != 201) {
            ledger.unexpected("POST /api/complaints answered " + response.statusCode() + ": " + response.body());
            return Optional.empty();
        }
        String reference = object(response.body()).getString("reference");
        ledger.filed(new Ledger.Filed(key, body, reference, channel, created.get().attempts()));
        return Optional.of(reference);
    }

    /** Sends the same key and request again: the reference the server answers with now. */
    public HttpResponse<String> resend(Ledger.Filed filed) {
        return sendUntilAnswered("POST /api/complaints (again)", () -> Api.as(frontline, password, "/api/complaints")
                .header("Content-Type", "application/json").header("Idempotency-Key", filed.key())
                .POST(HttpRequest.BodyPublishers.ofString(filed.body(), StandardCharsets.UTF_8)))
                .map(Sent::response).orElseThrow(() -> new AssertionError("no answer to " + filed.key()));
    }

    /** One GET as any user, sent once; its answer (also to the observer). */
    public Answer getOnce(String user, String password, String path) {
        Instant start = Instant.now();
        HttpResponse<String> response = sendOnce("GET " + path + " as " + user, Api.as(user, password, path).GET());
        return answer("GET " + path + " as " + user, response, start);
    }

    /** The branch's oldest open frontline decision, if the server answers. */
    public Optional<JsonObject> oldestFrontlineDecision() {
        HttpResponse<String> tasks = sendOnce("GET /api/tasks", Api.as(frontline, password,
                "/api/tasks?tier=FRONTLINE&size=100&branch=" + branch).GET());
        if (tasks == null || tasks.statusCode() != 200) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(tasks.body()))) {
            return reader.readObject().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(t -> "Task_DecideComplaint".equals(t.getString("kind"))
                            && "FRONTLINE".equals(t.getString("tier", null))
                            && branch.equals(t.getString("branchCode", null)))
                    .min(Comparator.comparing(t -> t.getString("created")));
        }
    }

    /** Escalates the frontline decision, sending again until it is confirmed. */
    public void escalate(JsonObject task) {
        String reference = task.getString("complaintReference");
        String input = "{\"decision\":\"ESCALATE\",\"reason\":\"The supervisor decides this one.\"}";
        Optional<Sent> done = sendUntilAnswered("POST /api/tasks/{id}/complete", () -> Api.as(frontline, password,
                        "/api/tasks/" + task.getString("id") + "/complete").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(input, StandardCharsets.UTF_8)));
        if (done.isEmpty()) {
            return;
        }
        int status = done.get().response().statusCode();
        if (status == 204 || (status == 404 && done.get().attempts() > 1)) {
            // a 404 after an answer was lost: the earlier attempt completed the task (nobody else works here)
            ledger.escalated(reference, Instant.now());
        } else {
            ledger.unexpected("completing the task of " + reference + " answered " + status + ": "
                    + done.get().response().body());
        }
    }

    private record Sent(HttpResponse<String> response, int attempts) {
    }

    /**
     * Sends until the server answers for itself: a failed connection, a timeout, a 5xx, or a 404 that is no
     * problem of the API (the application is not deployed yet while the server starts) count as no answer; a 409
     * (a concurrent change, "try again") is tried again too.
     */
    private Optional<Sent> sendUntilAnswered(String what, Supplier<HttpRequest.Builder> request) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = sendOnce(what, request.get());
            if (response != null && response.statusCode() < 500 && response.statusCode() != 409
                    && !(response.statusCode() == 404 && !response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json"))) {
                return Optional.of(new Sent(response, attempt));
            }
            if (System.nanoTime() > deadline) {
                ledger.unexpected(what + ": no answer within " + GIVE_UP_AFTER);
                return Optional.empty();
            }
            pause(Duration.ofMillis(250));
        }
    }

    private HttpResponse<String> sendOnce(String what, HttpRequest.Builder request) {
        Instant start = Instant.now();
        HttpResponse<String> response = null;
        try {
            response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            observer.accept(answer(what, response, start));
        }
    }

    private static Answer answer(String what, HttpResponse<String> response, Instant start) {
        Duration took = Duration.between(start, Instant.now());
        if (response == null) {
            return new Answer(what, -1, null, null, false, took, start, null);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String type = null;
        if (contentType != null && contentType.startsWith("application/problem+json")) {
            try {
                type = object(response.body()).getString("type", null);
            } catch (RuntimeException e) {
                type = "(not JSON)";
            }
        }
        String body = response.body();
        return new Answer(what, response.statusCode(), contentType, type,
                response.headers().firstValue("Retry-After").isPresent(), took, start,
                body.length() > 300 ? body.substring(0, 300) : body);
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, "crash-client-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
