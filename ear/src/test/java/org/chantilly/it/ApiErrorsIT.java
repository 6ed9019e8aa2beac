package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.customer;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Every refusal is an RFC 9457 problem that says what is wrong and discloses nothing internal. */
@ArquillianTest
@RunAsClient
class ApiErrorsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static JsonObject problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonObject problem = object(response);
        assertThat(problem.getString("type")).isEqualTo("https://chantilly.org/problems/" + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "org.hibernate", "SQL");
        return problem;
    }

    @Test
    void withoutLoginEveryApiAddressAnswers401() {
        for (String path : new String[] {"/api/tasks", "/api/complaints/HAM-2026-000001", "/api/no-such-thing"}) {
            HttpResponse<String> response = Api.send(Api.request(path).GET());
            problem(response, 401, "unauthenticated");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic realm=\"Chantilly\""));
        }
    }

    @Test
    void aWrongPasswordAnswers401() {
        problem(Api.send(Api.as("frontline", "not-the-password", "/api/tasks").GET()), 401, "unauthenticated");
    }

    @Test
    void aWrongRoleAnswers403() {
        problem(postJson("auditor", "/api/complaints",
                complaint("HAM", "IN_PERSON", "Anna", null, null, "x")), 403, "forbidden");
        problem(Api.get("auditor", "/api/tasks"), 403, "forbidden");
    }

    @Test
    void invalidFieldsAreEachListed() {
        JsonObject problem = problem(postJson("frontline", "/api/complaints",
                "{\"branchCode\":\"hamburg\",\"channel\":\"FAX\",\"customer\":{\"email\":\"not-an-address\"}}"), 400, "validation");
        assertThat(problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")))
                .containsExactly("branchCode", "channel", "customer.email", "customer.name", "description");
    }

    @Test
    void aChannelsRequiredContactIsChecked() {
        JsonObject problem = problem(postJson("frontline", "/api/complaints",
                complaint("HAM", "EMAIL", "Anna", null, null, "No address given.")), 400, "validation");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("customer.email");
    }

    @Test
    void tooLongTextIsRefusedWithItsField() {
        JsonObject problem = problem(postJson("frontline", "/api/complaints",
                complaint("HAM", "IN_PERSON", "A".repeat(201), null, null, "x")), 400, "validation");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("customer.name");
    }

    @Test
    void malformedJsonSaysWhere() {
        JsonObject malformed = problem(postJson("frontline", "/api/complaints", "{\n  \"branchCode\": \"HAM\",\n  \"channel\": }"),
                400, "malformed-request");
        assertThat(malformed.getString("detail")).startsWith("The request body is not valid JSON at line 3, column");
        assertThat(problem(postJson("frontline", "/api/complaints", "{\"description\":\"a\",\"description\":\"b\"}"),
                400, "malformed-request").getString("detail")).contains("a key appears twice");
        assertThat(fields(problem(postJson("frontline", "/api/complaints", "[1, 2, 3]"), 400, "validation")))
                .containsExactly("body");
        assertThat(fields(problem(postJson("frontline", "/api/complaints", ""), 400, "validation")))
                .containsExactly("body");
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    void whitespaceOnlyUnicodeIsRefusedWithItsFieldNeverA500() {
        for (String blank : new String[] {"\u3000", "\u2003", "\u200b", "\u00a0 "}) {
            JsonObject problem = problem(postJson("frontline", "/api/complaints",
                    complaint("HAM", "IN_PERSON", blank, null, null, blank)), 400, "validation");
            assertThat(fields(problem)).containsExactly("customer.name", "description");
        }
        JsonObject optional = problem(postJson("frontline", "/api/complaints", Json.createObjectBuilder()
                .add("branchCode", "HAM").add("channel", "IN_PERSON").add("customer", customer("Anna", null, null, null))
                .add("description", "The lid broke.").add("customerRequest", "\u3000").build().toString()), 400, "validation");
        assertThat(fields(optional)).containsExactly("customerRequest");
    }

    @Test
    void moneyIsADecimalStringNeverAJsonNumber() {
        JsonObject problem = problem(postJson("frontline", "/api/complaints", "{\"branchCode\":\"HAM\",\"channel\":"
                + "\"IN_PERSON\",\"customer\":{\"name\":\"Anna\"},\"description\":\"x\",\"purchase\":{\"item\":\"Kettle\","
                + "\"price\":{\"amount\":39.99,\"currency\":\"EUR\"}}}"), 400, "validation");
        assertThat(fields(problem)).containsExactly("purchase.price.amount");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).contains("not a JSON number");

        HttpResponse<String> filed = postJson("frontline", "/api/complaints", "{\"branchCode\":\"HAM\",\"channel\":"
                + "\"IN_PERSON\",\"customer\":{\"name\":\"Anna\"},\"description\":\"x\",\"purchase\":{\"item\":\"Kettle\","
                + "\"price\":{\"amount\":\"39.9\",\"currency\":\"EUR\"}}}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(object(filed).getJsonObject("purchase").getJsonObject("price").getString("amount"))
                .as("in the currency's decimal places").isEqualTo("39.90");
    }

    @Test
    void everyErrorOfABodyComesAtOnce() {
        JsonObject problem = problem(postJson("frontline", "/api/complaints", "{\"branchCode\":\"HAM\",\"channel\":"
                + "\"EMAIL\",\"customer\":{\"name\":\"Anna\"},\"severity\":\"EXTREME\",\"description\":\"x\","
                + "\"purchase\":{\"purchaseDate\":\"2026-02-30\",\"receiptPresent\":\"yes\"}}"), 400, "validation");
        assertThat(fields(problem)).containsExactly("customer.email", "purchase.purchaseDate",
                "purchase.receiptPresent", "severity");
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("message")))
                .anySatisfy(message -> assertThat(message).contains("LOW", "MEDIUM", "HIGH", "CRITICAL"));
    }

    @Test
    void unknownFieldsAreRefusedNotDropped() {
        JsonObject problem = problem(postJson("frontline", "/api/complaints", "{\"branchCode\":\"HAM\",\"channel\":"
                + "\"IN_PERSON\",\"custmer\":{\"name\":\"Anna\"},\"description\":\"x\"}"), 400, "validation");
        assertThat(fields(problem)).containsExactly("custmer", "customer");
        JsonObject publicForm = problem(Api.send(Api.request("/api/public/complaints")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"branchCode\":\"HAM\",\"customer\":{\"name\":\"Anna\",\"email\":\"a@example.org\","
                                + "\"phne\":\"1\"},\"description\":\"x\"}"))), 400, "validation");
        assertThat(fields(publicForm)).containsExactly("customer.phne");
    }

    @Test
    void controlCharactersAreRefusedNotStoredHalfway() {
        JsonObject problem = problem(postJson("frontline", "/api/complaints",
                complaint("HAM", "IN_PERSON", "Anna\u0000", null, null, "ok\u001b[2J")), 400, "validation");
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("customer.name", "description");
    }

    @Test
    void wrongTypesAreNamedWithTheirPath() {
        assertThat(fields(problem(postJson("frontline", "/api/complaints",
                "{\"branchCode\":\"HAM\",\"channel\":\"IN_PERSON\",\"customer\":\"Anna\",\"description\":\"x\"}"),
                400, "validation"))).containsExactly("customer");
        assertThat(fields(problem(postJson("frontline", "/api/complaints",
                "{\"branchCode\":\"HAM\",\"channel\":\"IN_PERSON\",\"customer\":{\"name\":\"A\",\"consentToContact\":\"maybe\"},\"description\":5}"),
                400, "validation"))).containsExactly("customer.consentToContact", "description");
    }

    @Test
    void aWrongMediaTypeAnswers415() {
        problem(Api.send(Api.as("frontline", "/api/complaints").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "unsupported-media-type");
    }

    /**
     * Cross-site request forgery: a page of another site can make a browser that holds an employee's Basic login send
     * a body-less POST or a form, but neither a JSON body nor a header of its own; such a request changes nothing.
     */
    @Test
    void aStateChangingRequestWithoutJsonOrXRequestedWithAnswers415() {
        String claim = "/api/tasks/no-such-task/claim";
        String basic = Api.basic("frontline", Api.demoPassword("frontline"));
        JsonObject refused = problem(Api.send(Api.bare(claim).header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.noBody())), 415, "unsupported-media-type");
        assertThat(refused.getString("detail")).contains("application/json", "X-Requested-With");
        problem(Api.send(Api.bare(claim).header("Authorization", basic).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415, "unsupported-media-type");
        problem(Api.send(Api.bare(claim).header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b"))), 415, "unsupported-media-type");
        String deactivate = "/api/admin/staff/no-such-login/deactivate";
        problem(Api.send(Api.bare(deactivate).header("Authorization", Api.basic("admin", Api.demoPassword("admin")))
                .POST(HttpRequest.BodyPublishers.noBody())), 415, "unsupported-media-type");
        // without a login it stays a 401, with a wrong role a 403
        problem(Api.send(Api.bare(claim).POST(HttpRequest.BodyPublishers.noBody())), 401, "unauthenticated");
        problem(Api.send(Api.bare(claim).header("Authorization", Api.basic("auditor", Api.demoPassword("auditor")))
                .POST(HttpRequest.BodyPublishers.noBody())), 403, "forbidden");

        // JSON ({} will do) or the header gets through to the resource
        problem(Api.send(Api.bare(claim).header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 404, "not-found");
        problem(Api.send(Api.bare(claim).header("Authorization", basic).header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.noBody())), 404, "not-found");
        // the customer's answer page stays a plain form: no login, and its token works once
        problem(Api.send(Api.bare("/api/public/answers/no-such-token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("satisfied=true"))), 404, "not-found");
    }

    @Test
    void aWrongMethodAnswers405WithAllow() {
        HttpResponse<String> response = Api.send(Api.as("frontline", "/api/complaints/HAM-2026-000001").DELETE());
        problem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void anOversizedBodyAnswers413() {
        String huge = complaint("HAM", "IN_PERSON", "Anna", null, null, "x".repeat(2 * 1024 * 1024));
        problem(postJson("frontline", "/api/complaints", huge), 413, "payload-too-large");
    }

    @Test
    void unknownReferencesAndAddressesAnswer404() {
        problem(Api.get("frontline", "/api/complaints/HAM-1999-000001"), 404, "not-found");
        problem(Api.get("frontline", "/api/complaints/%27%20OR%201=1--"), 404, "not-found");
        problem(Api.get("frontline", "/api/no-such-thing"), 404, "not-found");
        problem(Api.postJson("frontline", "/api/tasks/does-not-exist/complete", "{}"), 404, "not-found");
    }
}
