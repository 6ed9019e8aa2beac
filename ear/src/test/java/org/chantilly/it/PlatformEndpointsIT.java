package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** What operators and API clients read: health and the generated API description. */
@ArquillianTest
@RunAsClient
class PlatformEndpointsIT {

    static final URI MANAGEMENT = URI.create(System.getProperty("chantilly.it.management-url", "http://localhost:9990"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @Test
    void healthSaysTheDatabaseAndTheProcessEngineAreUp() {
        HttpResponse<String> response = Api.send(java.net.http.HttpRequest.newBuilder(MANAGEMENT.resolve("/health/ready")).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = Api.object(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject))
                .filteredOn(check -> check.getString("name").equals("database")
                        || check.getString("name").equals("process-engine"))
                .hasSize(2)
                .allSatisfy(check -> assertThat(check.getString("status")).isEqualTo("UP"));
    }

    @Test
    void readinessIsTheApplicationsOwnChecksOnceItHasStarted() {
        HttpResponse<String> response = Api.send(java.net.http.HttpRequest.newBuilder(MANAGEMENT.resolve("/health/ready")).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = Api.object(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        var checks = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject).toList();
        assertThat(checks).filteredOn(check -> java.util.Set.of("database", "process-engine", "startup")
                        .contains(check.getString("name")))
                .extracting(check -> check.getString("name") + " " + check.getString("status"))
                .containsExactlyInAnyOrder("database UP", "process-engine UP", "startup UP");
        // the server's own procedures count too; the stand-in for "no application check yet" is gone
        assertThat(checks).extracting(check -> check.getString("name"))
                .contains("server-state", "deployments-status")
                .doesNotContain("empty-readiness-checks");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerVersion() {
        for (var response : java.util.List.of(Api.get("frontline", "/api/tasks"),
                Api.get("frontline", "/api/complaints/HAM-2026-999999"),
                Api.send(Api.request("/api/public/answers/unknown").GET()),
                Api.send(Api.as("frontline", "wrong password", "/api/tasks").GET()))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(response.uri().toString()).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("wildfly");
            assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        }
    }

    @Test
    void administratorsSeeIncidentsAndNobodyElse() {
        HttpResponse<String> list = Api.get("admin", "/api/incidents");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Api.array(list)).isNotNull();
        assertThat(Api.get("frontline", "/api/incidents").statusCode()).isEqualTo(403);
        assertThat(Api.send(Api.as("admin", "/api/incidents/no-such-incident/retry")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndItsProblems() {
        HttpResponse<String> response = Api.send(Api.request("/openapi").header("Accept", "application/json").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = Api.object(response);
        assertThat(document.getJsonObject("paths").keySet())
                .contains("/api/complaints", "/api/complaints/{reference}", "/api/tasks", "/api/tasks/{id}/complete");
        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
                .contains("Problem", "FieldError", "ComplaintForm");
    }
}
