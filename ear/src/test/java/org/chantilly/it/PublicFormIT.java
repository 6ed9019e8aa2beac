package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.object;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The public web form: no login, customer fields only, nothing disclosed but the reference and the promised answer,
 * and at most five requests a minute per address (configured for the tests in arquillian.xml). One test method,
 * because every request counts against the same address's limit.
 */
@ArquillianTest
@RunAsClient
class PublicFormIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static HttpResponse<String> submit(String json) {
        return Api.send(Api.request("/api/public/complaints").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void recordsWithoutLoginDisclosesNothingElseAndLimitsEachAddress() {
        String form = Json.createObjectBuilder().add("branchCode", "STO")
                .add("customer", Json.createObjectBuilder().add("name", "Sven Ek " + UUID.randomUUID())
                        .add("email", "sven@example.se").add("consentToContact", true))
                .add("category", "PRODUCT_QUALITY").add("description", "Tröjan krympte i tvätten.")
                .build().toString();

        // fields that only staff set are refused by name, never taken (nor silently dropped)
        HttpResponse<String> smuggled = submit(form.substring(0, form.length() - 1)
                + ",\"customerType\":\"ACTIVE_HATER\",\"receivedBy\":\"admin\"}");
        assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
        assertThat(object(smuggled).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("customerType", "receivedBy");

        HttpResponse<String> created = submit(form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject receipt = object(created);
        assertThat(receipt.keySet()).containsExactlyInAnyOrder("reference", "expectedResponseBy", "expectedResponseTime");
        assertThat(receipt.getString("reference")).startsWith("STO-");
        assertThat(created.headers().firstValue("Location")).isEmpty();

        JsonObject stored = object(Api.get("frontline-sto", "/api/complaints/" + receipt.getString("reference")));
        assertThat(stored.getString("channel")).isEqualTo("WEB");
        assertThat(stored.getString("receivedBy")).isEqualTo("web-form");
        assertThat(stored.getString("customerType")).isEqualTo("UNKNOWN");

        HttpResponse<String> invalid = submit("{\"branchCode\":\"STO\",\"customer\":{\"name\":\"x\"},\"description\":\"y\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        HttpResponse<String> oversized = submit("{\"branchCode\":\"STO\",\"description\":\"" + "x".repeat(20_000) + "\"}");
        assertThat(oversized.statusCode()).isEqualTo(413);

        int status = 0;
        for (int i = 0; i < 5 && status != 429; i++) {
            status = submit(form).statusCode();
        }
        assertThat(status).isEqualTo(429);
        HttpResponse<String> limited = submit(form);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(object(limited).getString("type")).isEqualTo("https://chantilly.org/problems/too-many-requests");
    }
}
