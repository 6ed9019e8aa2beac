package org.chantilly.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;


/** A small HTTP client for the API, logging in as a demo account (README.md). */
public final class Api {

    public static final URI BASE = URI.create(System.getProperty("chantilly.it.base-url", "http://localhost:8080"));

    /** The header that tells the server a request is not a form of another web site. */
    public static final String REQUESTED_WITH = "X-Requested-With";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    public static String demoPassword(String user) {
        return user + "-demo";
    }

    /**
     * A request as the API's own clients send it: with {@code X-Requested-With}, which a state-changing call needs
     * when it has no JSON body (README: Security and audit, cross-site requests). {@link #bare(String)} leaves it out.
     */
    public static HttpRequest.Builder request(String path) {
        return bare(path).header(REQUESTED_WITH, "chantilly-it");
    }

    /** A request without {@code X-Requested-With}, as a form of another web site would make a browser send it. */
    public static HttpRequest.Builder bare(String path) {
        return HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    public static HttpRequest.Builder as(String user, String path) {
        return as(user, demoPassword(user), path);
    }

    public static HttpRequest.Builder as(String user, String password, String path) {
        return request(path).header("Authorization", basic(user, password));
    }

    /** The HTTP Basic credentials of the account. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String user, String path) {
        return send(as(user, path).GET());
    }

    public static HttpResponse<String> postJson(String user, String path, String json) {
        return send(as(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The number of the handbook version in force. */
    public static int handbookInForce() {
        return object(get("auditor", "/api/handbook/in-force")).getJsonObject("version").getInt("number");
    }

    /** The employee signs the handbook version in force (as every employee must before resolving on the spot). */
    public static void signHandbook(String user, String password) {
        HttpResponse<String> signed = send(as(user, password, "/api/handbook/versions/" + handbookInForce() + "/signatures")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + password + "\",\"language\":\"en\"}")));
        if (signed.statusCode() != 201) {
            throw new AssertionError("signing failed: " + signed.statusCode() + " " + signed.body());
        }
    }

    /** The employee changes their own password (answers the response: 204 when changed). */
    public static HttpResponse<String> changePassword(String user, String current, String fresh) {
        return send(as(user, current, "/api/account/password").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("currentPassword", current)
                        .add("newPassword", fresh).build().toString(), StandardCharsets.UTF_8)));
    }

    /**
     * An account an administrator just created (or gave a new password) chooses its own password, as it must before
     * anything else; fails unless that works.
     */
    public static void firstPassword(String user, String administratorsPassword, String own) {
        HttpResponse<String> changed = changePassword(user, administratorsPassword, own);
        if (changed.statusCode() != 204) {
            throw new AssertionError("changing the password of " + user + " failed: " + changed.statusCode() + " "
                    + changed.body());
        }
    }

    public static JsonObject object(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** The items of one page of a list that answers {@code {items, page, size, total}}. */
    public static JsonArray items(HttpResponse<String> response) {
        return object(response).getJsonArray("items");
    }

    /** Every open task the demo account may see ({@code GET /api/tasks}), read page by page. */
    public static List<JsonObject> allTasks(String user) {
        return allPages(path -> get(user, path), "/api/tasks");
    }

    /**
     * Every item of a paged list ({@code {items, page, size, total}}), read 100 at a time through {@code get}, which
     * sends a GET of the path it is given.
     */
    public static List<JsonObject> allPages(Function<String, HttpResponse<String>> get, String path) {
        List<JsonObject> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            HttpResponse<String> response = get.apply(path + separator + "size=100&page=" + page);
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
            }
            JsonObject body = object(response);
            JsonArray items = body.getJsonArray("items");
            items.forEach(item -> all.add(item.asJsonObject()));
            if (items.isEmpty() || all.size() >= body.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    /** A complaint form as JSON; every string is escaped by the JSON library. */
    public static String complaint(String branchCode, String channel, String customerName, String email,
                                   String phone, String description) {
        return complaint(branchCode, channel, customer(customerName, email, phone, null), description).build().toString();
    }

    public static JsonObjectBuilder customer(String name, String email, String phone, String postalAddress) {
        var customer = Json.createObjectBuilder().add("name", name).add("consentToContact", true);
        if (email != null) {
            customer.add("email", email);
        }
        if (phone != null) {
            customer.add("phone", phone);
        }
        if (postalAddress != null) {
            customer.add("postalAddress", postalAddress);
        }
        return customer;
    }

    public static JsonObjectBuilder complaint(String branchCode, String channel,
                                                           JsonObjectBuilder customer, String description) {
        return Json.createObjectBuilder()
                .add("branchCode", branchCode)
                .add("channel", channel)
                .add("customer", customer)
                .add("description", description);
    }
}
