package org.chantilly.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * An employee's work over HTTP, as any account: a demo account (password: login + "-demo") or one of a
 * {@link TestBranch} (its common password). Filing complaints, finding the task a complaint gives someone (waiting for
 * asynchronous steps) and completing it.
 */
public final class Work {

    private static final Set<String> DEMO_ACCOUNTS = Set.of("frontline", "supervisor", "manager", "headoffice",
            "handbook", "auditor", "admin", "frontline-sto", "supervisor-sto", "frontline-hel", "supervisor-hel",
            "manager-nordics");

    private Work() {
    }

    public static String passwordOf(String user) {
        return DEMO_ACCOUNTS.contains(user) ? Api.demoPassword(user) : TestBranch.PASSWORD;
    }

    public static HttpRequest.Builder as(String user, String path) {
        return Api.as(user, passwordOf(user), path);
    }

    public static HttpResponse<String> get(String user, String path) {
        return Api.send(as(user, path).GET());
    }

    /** POSTs JSON (UTF-8). */
    public static HttpResponse<String> post(String user, String path, String json) {
        return Api.send(as(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Files the complaint; returns its reference. */
    public static String file(String user, String complaintJson) {
        HttpResponse<String> filed = post(user, "/api/complaints", complaintJson);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return Api.object(filed).getString("reference");
    }

    public static void complete(String user, JsonObject task, String input) {
        HttpResponse<String> done = post(user, "/api/tasks/" + task.getString("id") + "/complete", input);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    /** The user's open task of that kind for the complaint, waiting for asynchronous steps up to a minute. */
    public static JsonObject taskOf(String user, String reference, String kind) {
        return Poll.until(() -> findTask(user, reference, kind), Optional::isPresent, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + user + " on " + reference));
    }

    /** The user's open task of that kind for the complaint; none when the complaint is not the user's to see. */
    public static Optional<JsonObject> findTask(String user, String reference, String kind) {
        HttpResponse<String> response = get(user, "/api/tasks?size=100&complaint="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty(); // another branch's complaint
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.items(response).stream().map(JsonValue::asJsonObject)
                .filter(t -> reference.equals(t.getString("complaintReference", null)) && kind.equals(t.getString("kind")))
                .findFirst();
    }
}
