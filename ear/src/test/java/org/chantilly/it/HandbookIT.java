package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The handbook on the real EAR: a version drafted, rejected values named, submitted, approved through the publication
 * process and in force; an employee who has not signed it cannot resolve on the spot until they sign, and then the
 * resolution carries the new version.
 */
@ArquillianTest
@RunAsClient
class HandbookIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @Test
    void aNewVersionMustBeSignedBeforeTheFrontlineResolvesOnTheSpotAgain() {
        int before = Api.handbookInForce();
        HttpResponse<String> drafted = Api.send(Api.as("handbook", "/api/handbook/versions")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        int draft = object(drafted).getJsonObject("version").getInt("number");
        assertThat(draft).isGreaterThan(before);
        assertThat(Api.send(Api.as("handbook", "/api/handbook/versions").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(409);

        HttpResponse<String> invalid = put("/api/handbook/versions/" + draft + "/policy",
                "{\"limit.FRONTLINE.DISCOUNT\":\"-5\",\"currency\":\"XXQ\",\"limit.SUPERVISOR.REFUND\":\"100\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(object(invalid).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("limit.FRONTLINE.DISCOUNT", "currency");
        HttpResponse<String> lostPlaceholder = put("/api/handbook/versions/" + draft + "/texts/acknowledgementWording/SMS",
                "{\"en\":\"Chantilly, {customer}: complaint {reference}, answer within {responseTime}, by {responseBy}.\","
                        + "\"sv\":\"Chantilly: vi har ert klagomål.\"}");
        assertThat(lostPlaceholder.statusCode()).isEqualTo(400);
        assertThat(object(lostPlaceholder).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text.sv");
        HttpResponse<String> removed = put("/api/handbook/versions/" + draft + "/policy", "{\"max-reopens\":null}");
        assertThat(removed.statusCode()).isEqualTo(400);
        assertThat(object(removed).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("max-reopens");
        HttpResponse<String> valid = put("/api/handbook/versions/" + draft + "/policy", "{\"limit.FRONTLINE.REPLACEMENT\":\"250\"}");
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(Api.send(Api.as("handbook", "/api/handbook/versions/" + draft + "/submit")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(put("/api/handbook/versions/" + draft + "/policy", "{\"max-reopens\":\"3\"}").statusCode()).isEqualTo(409);

        JsonObject review = Poll.until(() -> task("admin", "Task_ReviewHandbookDraft"), Optional::isPresent,
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no review task for the approver"));
        HttpResponse<String> approved = postJson("admin", "/api/tasks/" + review.getString("id") + "/complete",
                "{\"decision\":\"APPROVE\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        assertThat(Poll.until(Api::handbookInForce, n -> n == draft, Duration.ofSeconds(60))).isEqualTo(draft);
        assertThat(object(get("auditor", "/api/handbook/versions/" + before + "/compare/" + draft)).getJsonArray("values")
                .stream().map(v -> v.asJsonObject().getString("key"))).containsExactly("limit.FRONTLINE.REPLACEMENT");

        // frontline has not signed the new version: the supervisor decides, and the timeline says why
        String first = file("The toaster burns every slice.");
        complete("frontline", taskOf("frontline", first, "Task_DecideComplaint"));
        assertThat(taskOf("supervisor", first, "Task_DecideComplaint").getString("tier")).isEqualTo("SUPERVISOR");
        assertThat(Api.array(get("auditor", "/api/processes/" + first + "/timeline")).stream()
                .map(s -> s.asJsonObject().getString("outcome", ""))).anyMatch(o -> o.endsWith("HANDBOOK_NOT_SIGNED"));
        List<JsonObject> status = Api.array(get("supervisor", "/api/handbook/signatures?branch=HAM")).stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(status).filteredOn(s -> s.getString("employee").equals("frontline")).singleElement()
                .satisfies(s -> assertThat(s.getBoolean("signed")).isFalse());
        assertThat(status).extracting(s -> s.getString("role")).doesNotContain("AUDITOR", "ADMIN");

        HttpResponse<String> wrongPassword = postJson("frontline", "/api/handbook/versions/" + draft + "/signatures",
                "{\"password\":\"not mine\",\"language\":\"de\"}");
        assertThat(wrongPassword.statusCode()).isEqualTo(400);
        HttpResponse<String> outdated = postJson("frontline", "/api/handbook/versions/" + before + "/signatures",
                "{\"password\":\"frontline-demo\",\"language\":\"de\"}");
        assertThat(outdated.statusCode()).isEqualTo(409);
        assertThat(object(outdated).getString("detail")).contains("version " + draft);
        HttpResponse<String> signed = postJson("frontline", "/api/handbook/versions/" + draft + "/signatures",
                "{\"password\":\"frontline-demo\",\"language\":\"de\"}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        assertThat(object(signed).getString("textHash")).hasSize(64);
        assertThat(object(signed).getString("language")).isEqualTo("de");

        String second = file("The toaster burns every slice, again.");
        complete("frontline", taskOf("frontline", second, "Task_DecideComplaint"));
        taskOf("frontline", second, "Task_CallCustomerWithOutcome");
        JsonObject resolution = object(get("auditor", "/api/processes/" + second + "/record")).getJsonArray("resolutions")
                .getJsonObject(0);
        assertThat(resolution.getString("status")).isEqualTo("RESOLVED");
        assertThat(resolution.getString("policyVersion")).isEqualTo(String.valueOf(draft));
        assertThat(resolution.getString("policyApplied")).contains("limit 250", "handbook signed true");
    }

    @Test
    void theHandbookIsReadInEveryLanguageAndPrintable() {
        JsonObject inForce = object(get("frontline", "/api/handbook/in-force"));
        assertThat(inForce.getJsonArray("sections")).hasSize(15);
        assertThat(inForce.getJsonArray("sections").getJsonObject(0).getJsonObject("title").keySet())
                .containsExactlyInAnyOrder("en", "de", "sv", "fi", "ru");
        int number = inForce.getJsonObject("version").getInt("number");
        HttpResponse<String> html = get("auditor", "/api/handbook/versions/" + number + "/export?format=html&language=fi");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.body()).contains("<html lang=\"fi\"", "policy-values");
        assertThat(Api.send(Api.as("frontline", "/api/handbook/versions").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aBranchSupplementNeedsApprovalAndIsListedForAuditors() {
        HttpResponse<String> proposed = postJson("supervisor", "/api/handbook/supplements",
                "{\"branchCode\":\"HAM\",\"title\":\"Returns desk\",\"text\":\"The returns desk is on the first floor.\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        long id = object(proposed).getJsonNumber("id").longValue();
        assertThat(postJson("supervisor", "/api/handbook/supplements", "{\"branchCode\":\"STO\",\"title\":\"x\",\"text\":\"y\"}")
                .statusCode()).isEqualTo(400);
        assertThat(postJson("admin", "/api/handbook/supplements/" + id + "/approve", "").statusCode()).isEqualTo(200);
        assertThat(postJson("admin", "/api/handbook/supplements/" + id + "/approve", "").statusCode()).isEqualTo(409);
        assertThat(Api.array(get("admin", "/api/handbook/supplements")).stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == id)).hasSize(1);
        assertThat(Api.array(get("auditor", "/api/handbook/supplements")).stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == id)).singleElement()
                .satisfies(s -> assertThat(s.getString("status")).isEqualTo("APPROVED"));
    }

    private static HttpResponse<String> put(String path, String json) {
        return Api.send(Api.as("handbook", path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String file(String description) {
        HttpResponse<String> filed = postJson("frontline", "/api/complaints",
                Api.complaint("HAM", "IN_PERSON", "Toaster customer", null, null, description));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return object(filed).getString("reference");
    }

    private static void complete(String user, JsonObject task) {
        HttpResponse<String> done = postJson(user, "/api/tasks/" + task.getString("id") + "/complete",
                "{\"decision\":\"RESOLVE\",\"remedy\":\"REPLACEMENT\",\"amount\":{\"amount\":\"230.00\",\"currency\":\"EUR\"},"
                        + "\"saidToCustomer\":\"A new toaster, right away.\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    private static JsonObject taskOf(String user, String reference, String kind) {
        return Poll.until(() -> tasks(user).stream().filter(t -> reference.equals(t.getString("complaintReference", null))
                        && kind.equals(t.getString("kind"))).findFirst(), Optional::isPresent, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + user + " on " + reference));
    }

    private static Optional<JsonObject> task(String user, String kind) {
        return tasks(user).stream().filter(t -> kind.equals(t.getString("kind"))).findFirst();
    }

    private static List<JsonObject> tasks(String user) {
        return Api.allPages(path -> get(user, path), "/api/tasks");
    }
}
