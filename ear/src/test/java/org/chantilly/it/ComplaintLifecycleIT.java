package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** A complaint's way through the real EAR over HTTP: filed, read back, its frontline task seen, claimed and completed. */
@ArquillianTest
@RunAsClient
class ComplaintLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static final String ESCALATE = "{\"decision\":\"ESCALATE\",\"reason\":\"The customer asks for the supervisor.\"}";

    private static JsonObject file(String json) {
        return file("frontline", json);
    }

    private static JsonObject file(String user, String json) {
        HttpResponse<String> response = postJson(user, "/api/complaints", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return object(response);
    }

    @Test
    void filesAComplaintAndReadsItBack() {
        HttpResponse<String> created = postJson("frontline", "/api/complaints",
                complaint("HAM", "IN_PERSON", "Anna Lindqvist", "anna@example.org", null, "The coffee machine leaks."));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject complaint = object(created);
        String reference = complaint.getString("reference");
        assertThat(reference).matches("HAM-\\d{4}-\\d{6}");
        assertThat(complaint.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(complaint.getJsonObject("acknowledgement").getString("kind")).isEqualTo("SCRIPT");
        assertThat(complaint.getString("handlingAdvice")).isNotBlank();
        assertThat(complaint.getString("receivedBy")).isEqualTo("frontline");
        assertThat(complaint.getString("receivedAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(created.headers().firstValue("Location"))
                .hasValue(Api.BASE.resolve("/api/complaints/" + reference).toString());

        HttpResponse<String> read = get("supervisor", "/api/complaints/" + reference);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(object(read)).isEqualTo(complaint);
    }

    @Test
    void referencesCountUpPerBranch() {
        String first = file("frontline-sto", complaint("STO", "IN_PERSON", "Bertil", null, null, "Wrong size.")).getString("reference");
        String second = file("frontline-sto", complaint("STO", "IN_PERSON", "Bertil", null, null, "Wrong size again.")).getString("reference");
        long n = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
        assertThat(second).isEqualTo(first.substring(0, first.lastIndexOf('-') + 1) + String.format("%06d", n + 1));
    }

    @Test
    void anyUnicodeTextComesBackByteForByte() {
        String name = "Ю́лия Ørsted-Ääkkönen 👩‍🔧 שלום עליכם e\u0301";
        String description = "«Ёлка» 🎄 مرحبا; DROP TABLE complaint; -- <script>alert(1)</script> \u202Eevil\u202C \t tab";
        JsonObject complaint = file("frontline-hel", complaint("HEL", "PHONE", name, null, "+358 9 123 456", description));

        JsonObject read = object(get("frontline-hel", "/api/complaints/" + complaint.getString("reference")));
        assertThat(read.getJsonObject("customer").getString("name")).isEqualTo(name);
        assertThat(read.getString("description")).isEqualTo(description);
    }

    @Test
    void theFrontlineSeesAndCompletesTheComplaintsTask() {
        String reference = file(complaint("HAM", "IN_PERSON", "Carla", null, null, "Broken zip.")).getString("reference");

        JsonObject task = tasksOf("frontline").stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> reference.equals(t.getString("complaintReference", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no frontline task for " + reference));
        assertThat(task.getString("name")).isEqualTo("Decide the complaint");
        assertThat(task.getString("tier")).isEqualTo("FRONTLINE");
        assertThat(task.getString("created")).endsWith("Z");
        assertThat(Instant.parse(task.getString("due"))).isAfter(Instant.parse(task.getString("created")));

        HttpResponse<String> completed = postJson("frontline", "/api/tasks/" + task.getString("id") + "/complete", ESCALATE);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

        assertThat(tasksOf("frontline").stream().map(JsonValue::asJsonObject))
                .noneMatch(t -> reference.equals(t.getString("complaintReference", null)));
        HttpResponse<String> timeline = get("auditor", "/api/processes/" + reference + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(Api.array(timeline).stream().map(JsonValue::asJsonObject)
                .filter(step -> step.getString("activityId").equals("Task_DecideComplaint"))
                .filter(step -> step.getString("tier").equals("FRONTLINE")))
                .singleElement().satisfies(step -> {
                    assertThat(step.getString("assignee")).isEqualTo("frontline");
                    assertThat(step.getBoolean("breached")).isFalse();
                    assertThat(step.getString("outcome")).isEqualTo("ESCALATE");
                    assertThat(step.getString("reason")).isEqualTo("The customer asks for the supervisor.");
                });

        HttpResponse<String> again = postJson("frontline", "/api/tasks/" + task.getString("id") + "/complete", ESCALATE);
        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void aComplaintsTaskStaysInItsBranch() {
        String reference = file(complaint("HAM", "IN_PERSON", "Dora", null, null, "Late delivery.")).getString("reference");
        JsonObject task = tasksOf("frontline").stream().map(JsonValue::asJsonObject)
                .filter(t -> reference.equals(t.getString("complaintReference", null))).findFirst().orElseThrow();
        assertThat(tasksOf("supervisor").stream().map(JsonValue::asJsonObject))
                .anyMatch(t -> reference.equals(t.getString("complaintReference", null)));
        assertThat(tasksOf("supervisor-sto").stream().map(JsonValue::asJsonObject))
                .noneMatch(t -> reference.equals(t.getString("complaintReference", null)));
        assertThat(tasksOf("frontline-sto").stream().map(JsonValue::asJsonObject))
                .noneMatch(t -> reference.equals(t.getString("complaintReference", null)));
        HttpResponse<String> foreign = postJson("frontline-sto", "/api/tasks/" + task.getString("id") + "/complete", ESCALATE);
        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    @Test
    void ofTwoClaimsOneWinsAndASupervisorReassigns() {
        String reference = file(complaint("HAM", "IN_PERSON", "Ernst", null, null, "Broken lamp.")).getString("reference");
        String id = tasksOf("frontline").stream().map(JsonValue::asJsonObject)
                .filter(t -> reference.equals(t.getString("complaintReference", null))).findFirst().orElseThrow()
                .getString("id");

        assertThat(post("frontline", "/api/tasks/" + id + "/claim").statusCode()).isEqualTo(204);
        HttpResponse<String> second = post("supervisor", "/api/tasks/" + id + "/claim");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(object(second).getString("type")).isEqualTo("https://chantilly.org/problems/conflict");
        assertThat(post("supervisor", "/api/tasks/" + id + "/unclaim").statusCode()).isEqualTo(204);
        HttpResponse<String> assigned = Api.postJson("supervisor", "/api/tasks/" + id + "/assign", "{\"assignee\":\"frontline\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
        assertThat(Api.postJson("supervisor", "/api/tasks/" + id + "/assign", "{\"assignee\":\"frontline-sto\"}").statusCode())
                .isEqualTo(400);
        assertThat(Api.postJson("frontline", "/api/tasks/" + id + "/assign", "{\"assignee\":\"frontline\"}").statusCode())
                .isEqualTo(403);
        assertThat(postJson("frontline", "/api/tasks/" + id + "/complete", ESCALATE).statusCode()).isEqualTo(204);
    }

    @Test
    void theProcessShowsItsModelAndWhereTheComplaintIs() {
        String reference = file(complaint("HAM", "IN_PERSON", "Greta", null, null, "Wrong change.")).getString("reference");

        HttpResponse<String> response = get("supervisor", "/api/processes/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject process = object(response);
        assertThat(process.getString("processDefinitionKey")).isEqualTo("ComplaintHandlingProcess");
        assertThat(process.getString("bpmnXml")).contains("BPMNDiagram");
        assertThat(process.getJsonArray("activeActivityIds").stream().map(v -> ((JsonString) v).getString()))
                .contains("CallActivity_FrontlineTier");
        assertThat(process.getJsonArray("completedActivityIds").stream().map(v -> ((JsonString) v).getString()))
                .contains("StartEvent_ComplaintReceived");
        assertThat(get("frontline-sto", "/api/processes/" + reference).statusCode()).isEqualTo(404);
    }

    @Test
    void complaintsAreFoundInSeveralStatusesAtOnce() {
        String marker = "multi" + UUID.randomUUID().toString().substring(0, 8);
        String waiting = file("frontline-hel", complaint("HEL", "IN_PERSON", "Saara", null, null, marker + " a torn bag."))
                .getString("reference");
        String up = file("frontline-hel", complaint("HEL", "IN_PERSON", "Eino", null, null, marker + " a broken chair."))
                .getString("reference");
        String task = Api.items(get("frontline-hel", "/api/tasks?complaint=" + up)).getJsonObject(0).getString("id");
        assertThat(postJson("frontline-hel", "/api/tasks/" + task + "/complete", ESCALATE).statusCode()).isEqualTo(204);

        JsonObject both = object(get("frontline-hel", "/api/complaints?q=" + marker + "&status=ESCALATED&status=ACKNOWLEDGED"));
        assertThat(both.getInt("total")).isEqualTo(2);
        assertThat(both.getJsonArray("items").stream().map(c -> c.asJsonObject().getString("reference")))
                .containsExactlyInAnyOrder(waiting, up);
        JsonObject one = object(get("frontline-hel", "/api/complaints?q=" + marker + "&status=ESCALATED"));
        assertThat(one.getJsonArray("items").stream().map(c -> c.asJsonObject().getString("reference")))
                .containsExactly(up);
        assertThat(object(get("frontline-hel", "/api/complaints?q=" + marker + "&status=CLOSED")).getInt("total")).isZero();
        HttpResponse<String> wrong = get("frontline-hel", "/api/complaints?status=ESCALATED&status=OPENISH");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(object(wrong).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status");
    }

    @Test
    void everyProcessTheComplaintRanThroughIsServedWithItsPath() {
        String reference = file(complaint("HAM", "IN_PERSON", "Tilda", null, null, "The mirror arrived cracked."))
                .getString("reference");
        String task = Api.items(get("frontline", "/api/tasks?complaint=" + reference)).getJsonObject(0).getString("id");
        assertThat(postJson("frontline", "/api/tasks/" + task + "/complete", ESCALATE).statusCode()).isEqualTo(204);

        JsonObject process = object(get("supervisor", "/api/processes/" + reference));
        assertThat(process.getString("processDefinitionKey")).isEqualTo("ComplaintHandlingProcess");
        assertThat(process.getJsonArray("activeActivityIds").getValuesAs(JsonString::getString))
                .contains("CallActivity_SupervisorTier");
        var called = process.getJsonArray("calledProcesses").getValuesAs(JsonObject.class);
        assertThat(called).extracting(c -> c.getString("activityId") + "/" + c.getString("tier"))
                .containsExactly("CallActivity_FrontlineTier/FRONTLINE", "CallActivity_SupervisorTier/SUPERVISOR");

        HttpResponse<String> read = get("supervisor", "/api/processes/" + reference + "/instances/"
                + called.get(1).getString("processInstanceId"));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject tier = object(read);
        assertThat(tier.getString("processDefinitionKey")).isEqualTo("ComplaintTierProcess");
        assertThat(tier.getString("tier")).isEqualTo("SUPERVISOR");
        assertThat(tier.getString("calledFrom")).isEqualTo("CallActivity_SupervisorTier");
        assertThat(tier.getString("bpmnXml")).contains("Task_DecideComplaint");
        assertThat(tier.getJsonArray("activeActivityIds").getValuesAs(JsonString::getString))
                .contains("Task_DecideComplaint");
        assertThat(tier.getJsonArray("path").getValuesAs(JsonObject.class)).last()
                .satisfies(step -> assertThat(!step.containsKey("ended") || step.isNull("ended")).isTrue());

        // the main process by its id; another complaint's process is not this complaint's; another branch: 404
        assertThat(get("auditor", "/api/processes/" + reference + "/instances/" + process.getString("processInstanceId"))
                .statusCode()).isEqualTo(200);
        String other = file(complaint("HAM", "IN_PERSON", "Ulla", null, null, "The frame is bent.")).getString("reference");
        String othersInstance = object(get("supervisor", "/api/processes/" + other)).getString("processInstanceId");
        assertThat(get("supervisor", "/api/processes/" + reference + "/instances/" + othersInstance).statusCode())
                .isEqualTo(404);
        assertThat(get("supervisor-sto", "/api/processes/" + reference + "/instances/"
                + called.get(1).getString("processInstanceId")).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> post(String user, String path) {
        return Api.send(Api.as(user, path).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    /** Every open task the user sees, read page by page. */
    private static JsonArray tasksOf(String user) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        Api.allTasks(user).forEach(all::add);
        return all.build();
    }
}
