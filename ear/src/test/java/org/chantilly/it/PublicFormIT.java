package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.object;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Poll;
import org.chantilly.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The public web form: no login, customer fields only, nothing disclosed but the reference and the promised answer, a
 * proof of work per complaint, at most five requests a minute per client (configured for the tests in arquillian.xml,
 * where the test client's own address is a trusted proxy), acknowledgements that greet neutrally and reach one address
 * at most three times a day, and idempotency keys of each client's own. Each test stands for clients of its own
 * through {@code X-Forwarded-For}, so that no test uses up another's budget.
 */
@ArquillianTest
@RunAsClient
class PublicFormIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    /** A challenge solved: the two headers the form is posted with. */
    record Proof(String nonce, String counter) {
    }

    /** Fetches a challenge and finds a counter, as the retailer's page does. */
    static Proof proof() {
        HttpResponse<String> response = Api.send(Api.bare("/api/public/challenge").GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject challenge = object(response);
        assertThat(challenge.keySet()).containsExactlyInAnyOrder("nonce", "bits", "expiresAt");
        String nonce = challenge.getString("nonce");
        int bits = challenge.getInt("bits");
        assertThat(bits).as("arquillian.xml").isEqualTo(8);
        for (long counter = 0; ; counter++) {
            if (leadingZeroBits(sha256(nonce + ":" + counter)) >= bits) {
                return new Proof(nonce, Long.toString(counter));
            }
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b != 0) {
                return zeros + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            }
            zeros += 8;
        }
        return zeros;
    }

    /** Posts the form as the client at that address (behind the trusted proxy), with the proof and headers given. */
    private static HttpResponse<String> submit(String client, Proof proof, String json, String... headers) {
        HttpRequest.Builder request = Api.bare("/api/public/complaints").header("Content-Type", "application/json")
                .header("X-Forwarded-For", client);
        if (proof != null) {
            request.header("Proof-Of-Work-Nonce", proof.nonce()).header("Proof-Of-Work-Counter", proof.counter());
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Api.send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> submit(String client, String json) {
        return submit(client, proof(), json);
    }

    private static String form(String name, String email, String description) {
        return Json.createObjectBuilder().add("branchCode", "STO")
                .add("customer", Json.createObjectBuilder().add("name", name).add("email", email)
                        .add("consentToContact", true).add("preferredLanguage", "en"))
                .add("category", "PRODUCT_QUALITY").add("description", description)
                .build().toString();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(object(response).getString("type")).isEqualTo("https://chantilly.org/problems/" + type);
        assertThat(object(response).getString("detail")).contains(detail);
    }

    @Test
    void recordsWithoutLoginDisclosesNothingElseAndLimitsEachClient() {
        String client = "198.51.100.10";
        String form = form("Sven Ek " + UUID.randomUUID(), "sven-" + UUID.randomUUID() + "@example.se",
                "Tröjan krympte i tvätten.");

        // fields that only staff set are refused by name, never taken (nor silently dropped)
        HttpResponse<String> smuggled = submit(client, null, form.substring(0, form.length() - 1)
                + ",\"customerType\":\"ACTIVE_HATER\",\"receivedBy\":\"admin\"}");
        assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
        assertThat(object(smuggled).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("customerType", "receivedBy");

        HttpResponse<String> created = submit(client, form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject receipt = object(created);
        assertThat(receipt.keySet()).containsExactlyInAnyOrder("reference", "expectedResponseBy", "expectedResponseTime");
        assertThat(receipt.getString("reference")).startsWith("STO-");
        assertThat(created.headers().firstValue("Location")).isEmpty();

        JsonObject stored = object(Api.get("frontline-sto", "/api/complaints/" + receipt.getString("reference")));
        assertThat(stored.getString("channel")).isEqualTo("WEB");
        assertThat(stored.getString("receivedBy")).isEqualTo("web-form");
        assertThat(stored.getString("customerType")).isEqualTo("UNKNOWN");

        HttpResponse<String> oversized = submit(client, null, "{\"branchCode\":\"STO\",\"description\":\""
                + "x".repeat(20_000) + "\"}");
        assertThat(oversized.statusCode()).isEqualTo(413);

        // two requests counted so far (the oversized one was refused before); the limit is five a minute
        int status = 0;
        for (int i = 0; i < 4 && status != 429; i++) {
            status = submit(client, null, form).statusCode();
        }
        assertThat(status).isEqualTo(429);
        HttpResponse<String> limited = submit(client, null, form);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(object(limited).getString("type")).isEqualTo("https://chantilly.org/problems/too-many-requests");

        // another client behind the same proxy has a budget of its own; what a client writes into the header itself
        // (left of the address the proxy saw) is not believed
        assertThat(submit("198.51.100.11", null, form).statusCode()).isEqualTo(400);
        assertThat(submit(client + ", 198.51.100.12", null, form).statusCode()).as("the proxy saw .12").isEqualTo(400);
        assertThat(submit("198.51.100.12, " + client, null, form).statusCode()).as("the proxy saw the limited client")
                .isEqualTo(429);
    }

    @Test
    void anIpv6ClientIsLimitedByItsSlash64() {
        String form = form("Ida", "ida@example.se", "x");
        for (int i = 1; i <= 5; i++) {
            assertThat(submit("2001:db8:77:1::" + i, null, form).statusCode()).isEqualTo(400);
        }
        assertThat(submit("2001:db8:77:1:ffff::9", null, form).statusCode()).as("the same /64").isEqualTo(429);
        assertThat(submit("2001:db8:77:2::1", null, form).statusCode()).as("another /64").isEqualTo(400);
    }

    @Test
    void takesAComplaintOnlyWithAFreshProofOfWork() {
        String client = "198.51.100.20";
        String form = form("Nils " + UUID.randomUUID(), "nils-" + UUID.randomUUID() + "@example.se", "Hålet i sockan.");

        assertProblem(submit(client, null, form), 400, "proof-of-work", "Proof-Of-Work-Nonce");
        Proof proof = proof();
        String wrong = proof.counter().equals("0") ? "1" : "0";
        HttpResponse<String> tooFewZeros = submit(client, new Proof(proof.nonce(), wrong), form);
        if (tooFewZeros.statusCode() != 201) { // 0 or 1 may solve it by chance (1 in 256)
            assertProblem(tooFewZeros, 400, "proof-of-work", "8 zero bits");
        }
        Proof fresh = proof();
        assertThat(submit(client, fresh, form).statusCode()).isEqualTo(201);
        assertProblem(submit(client, fresh, form), 400, "proof-of-work", "used already");

        String[] parts = fresh.nonce().split("\\.");
        Proof forged = new Proof(parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2], fresh.counter());
        assertProblem(submit(client, forged, form), 400, "proof-of-work", "not a nonce");
    }

    @Test
    void idempotencyKeysAreEachClientsOwn() {
        String key = "public-" + UUID.randomUUID();
        String customerForm = form("Karin " + UUID.randomUUID(), "karin-" + UUID.randomUUID() + "@example.se",
                "Skorna gick sönder efter en vecka.");
        String attackerForm = form("Mallory", "mallory-" + UUID.randomUUID() + "@example.se", "Guessed the key.");

        // someone who guessed (or saw) the key first
        HttpResponse<String> attacker = submit("203.0.113.30", proof(), attackerForm, "Idempotency-Key", key);
        assertThat(attacker.statusCode()).as(attacker.body()).isEqualTo(201);

        // neither blocks (422) nor answers the customer's submission
        HttpResponse<String> customer = submit("198.51.100.30", proof(), customerForm, "Idempotency-Key", key);
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        String reference = object(customer).getString("reference");
        assertThat(reference).isNotEqualTo(object(attacker).getString("reference"));

        // the customer's retry (the answer got lost) answers their complaint, without a new proof of work
        HttpResponse<String> retry = submit("198.51.100.30", null, customerForm, "Idempotency-Key", key);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(object(retry).getString("reference")).isEqualTo(reference);
        // the same key with another form from the same client is still refused
        assertProblem(submit("198.51.100.30", proof(), attackerForm, "Idempotency-Key", key), 422,
                "idempotency-key-reused", "");
    }

    @Test
    void theAcknowledgementGreetsNeutrallyAndOneAddressGetsAtMostThreeADay() {
        String victim = "victim-" + UUID.randomUUID() + "@example.org";
        String phishing = "Your account is locked: log in at https://phish.example/login";
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> created = submit("198.51.100." + (40 + i),
                    form(phishing + " " + i, victim, "Visit https://phish.example now " + i));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            references.add(object(created).getString("reference"));
        }

        for (String reference : references.subList(0, 3)) {
            MimeMessage mail = TestMailServer.awaitMessageAbout(reference, Duration.ofSeconds(60))
                    .orElseThrow(() -> new AssertionError("no acknowledgement of " + reference));
            assertThat(TestMailServer.text(mail)).startsWith("Dear customer,").contains(reference)
                    .doesNotContain("phish", "locked", "Visit");
        }
        String fourth = references.get(3);
        JsonObject withheld = Poll.until(() -> object(Api.get("supervisor-sto", "/api/complaints/" + fourth)),
                c -> "WITHHELD".equals(c.getJsonObject("acknowledgement").getString("status")), Duration.ofSeconds(60));
        assertThat(withheld.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("ACKNOWLEDGEMENT_WITHHELD")))
                .singleElement().satisfies(e -> assertThat(e.getString("details"))
                        .contains("acknowledgements-per-recipient-per-day"));
        Map<String, Long> mails = TestMailServer.messagesPerReference();
        assertThat(mails.get(fourth)).as("no mail to the address a fourth time").isNull();
    }
}
