package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;
import static org.chantilly.it.support.Work.complete;
import static org.chantilly.it.support.Work.findTask;
import static org.chantilly.it.support.Work.taskOf;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Poll;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.TestMailServer;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The escalation workflow on the real EAR with its job executor running: resolved on the spot, escalated twice,
 * a missed deadline that moves the complaint up by itself, a customer who is not satisfied, and a letter answered with
 * a personal meeting. The policy gives supervisors deciding SMS complaints 15 seconds (see arquillian.xml), in a branch
 * that is always open, so business time and wall time agree.
 */
@ArquillianTest
@RunAsClient
class ComplaintEscalationIT {

    /** A branch open round the clock in region DACH (so the demo manager sees its escalations). */
    private static final String ALWAYS_OPEN = "AIRPT";
    private static final String PASSWORD = TestBranch.PASSWORD;
    private static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    private static final java.time.LocalDate IN_FIVE_DAYS = TODAY.plusDays(5);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @BeforeAll
    static void openAnAlwaysOpenBranch() {
        TestBranch airport = TestBranch.openRoundTheClock(ALWAYS_OPEN, "Chantilly Airport", "DACH");
        Api.signHandbook(airport.staff("FRONTLINE"), PASSWORD);
        Api.signHandbook(airport.staff("SUPERVISOR"), PASSWORD);
        // everyone who decides has signed the handbook in force (above the frontline, nobody decides unsigned)
        for (String employee : List.of("frontline", "supervisor", "manager", "headoffice")) {
            Api.signHandbook(employee, Api.demoPassword(employee));
        }
    }

    @Test
    void theFrontlineResolvesOnTheSpotAndTheSupervisorRecognisesTheEmployee() {
        String reference = file("frontline", "HAM", "IN_PERSON", null, "The kettle's lid broke on day one.");
        JsonObject task = taskOf("frontline", reference, "Task_DecideComplaint");
        JsonObject detail = object(get("frontline", "/api/tasks/" + task.getString("id")));
        assertThat(detail.getString("tier")).isEqualTo("FRONTLINE");
        // the handbook's limit, as money in the currency's decimal places ("250" is "250.00" euros)
        assertThat(new java.math.BigDecimal(detail.getJsonObject("limits").getJsonObject("REPLACEMENT").getString("amount")))
                .isEqualByComparingTo(object(get("auditor", "/api/handbook/in-force")).getJsonObject("policy")
                        .getString("limit.FRONTLINE.REPLACEMENT"));
        assertThat(detail.getJsonObject("limits").getJsonObject("REPLACEMENT").getString("amount")).matches("\\d+\\.\\d{2}");
        assertThat(detail.getJsonObject("phraseGuide").getJsonArray("rules")).isNotEmpty();
        assertThat(detail.getString("handlingAdvice")).isNotBlank();

        HttpResponse<String> missing = postJson("frontline", "/api/tasks/" + task.getString("id") + "/complete",
                "{\"decision\":\"RESOLVE\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(object(missing).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("remedy", "saidToCustomer");
        // money is a decimal string in the currency's places; each wrong amount is named at amount.amount
        for (String amount : List.of("9.99", "\"9.99999\"", "\"abc\"")) {
            HttpResponse<String> wrong = postJson("frontline", "/api/tasks/" + task.getString("id") + "/complete",
                    "{\"decision\":\"RESOLVE\",\"remedy\":\"REFUND\",\"amount\":{\"amount\":" + amount
                            + ",\"currency\":\"EUR\"},\"saidToCustomer\":\"x\"}");
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
            assertThat(object(wrong).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                    .as(amount).containsExactly("amount.amount");
        }

        complete("frontline", task, resolve("REPLACEMENT", "29.90", "A new kettle, right now."));
        complete("frontline", taskOf("frontline", reference, "Task_CallCustomerWithOutcome"),
                "{\"outcome\":\"Handed over the new kettle; the customer is happy.\"}");
        assertThat(postJson("frontline", "/api/processes/" + reference + "/answer", "{\"satisfied\":true}").statusCode())
                .isEqualTo(204);
        complete("supervisor", taskOf("supervisor", reference, "Task_DecideFollowUp"),
                "{\"followUps\":[\"RECOGNITION\",\"PRE_SHIFT_TOPIC\"],\"recognition\":\"Solved it in two minutes.\","
                        + "\"topic\":\"Check kettle lids before the sale.\"}");

        assertThat(status(reference)).isEqualTo("CLOSED");
        JsonObject record = object(get("auditor", "/api/processes/" + reference + "/record"));
        assertThat(record.getJsonArray("resolutions")).singleElement().satisfies(r -> {
            assertThat(r.asJsonObject().getString("status")).isEqualTo("RESOLVED");
            assertThat(r.asJsonObject().getString("tier")).isEqualTo("FRONTLINE");
            assertThat(r.asJsonObject().getString("policyVersion")).isEqualTo(String.valueOf(Api.handbookInForce()));
            assertThat(r.asJsonObject().getBoolean("satisfied")).isTrue();
        });
        assertThat(record.getJsonArray("followUps").stream().map(f -> f.asJsonObject().getString("status")))
                .containsExactlyInAnyOrder("RECOGNISED", "ON_BRIEFING_LIST");
        assertThat(Api.array(get("frontline", "/api/employees/frontline/follow-ups")).stream()
                .map(f -> f.asJsonObject().getString("complaintReference"))).contains(reference);
        JsonObject agenda = object(get("frontline", "/api/branches/HAM/briefing"));
        assertThat(agenda.getJsonArray("topics").stream().map(f -> f.asJsonObject().getString("note")))
                .contains("Check kettle lids before the sale.");
        assertThat(agenda.getJsonArray("recognitions").stream().map(f -> f.asJsonObject().getString("note")))
                .contains("Solved it in two minutes.");
        assertThat(agenda.getJsonObject("phraseToPractise").getString("instead")).isNotBlank();
        HttpResponse<String> printable = get("supervisor", "/api/branches/HAM/briefing?format=html");
        assertThat(printable.body()).contains("Check kettle lids before the sale.", "Phrase to practise");
        HttpResponse<String> held = postJson("supervisor", "/api/branches/HAM/briefings",
                "{\"attendees\":[\"frontline\",\"supervisor\"]}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertThat(object(get("frontline", "/api/branches/HAM/briefing")).getJsonArray("topics").stream()
                .map(f -> f.asJsonObject().getString("note"))).doesNotContain("Check kettle lids before the sale.");
        assertThat(postJson("frontline", "/api/branches/HAM/briefings", "{\"attendees\":[\"x\"]}").statusCode())
                .isEqualTo(403);
        assertThat(ended(reference)).isTrue();
    }

    @Test
    void aRefundAboveTheFrontlineLimitIsEscalatedTwiceAndResolvedByManagement() {
        String reference = file("frontline", "HAM", "PHONE", "+49 40 555 0199", "The washing machine flooded the kitchen.");
        complete("frontline", taskOf("frontline", reference, "Task_DecideComplaint"),
                resolve("REFUND", "450.00", "We refund the machine."));
        JsonObject supervisorTask = taskOf("supervisor", reference, "Task_DecideComplaint");
        assertThat(supervisorTask.getString("tier")).isEqualTo("SUPERVISOR");
        assertThat(status(reference)).isEqualTo("ESCALATED");
        complete("supervisor", supervisorTask, "{\"decision\":\"ESCALATE\",\"reason\":\"Water damage: management.\"}");
        JsonObject managerTask = taskOf("manager", reference, "Task_DecideComplaint");
        assertThat(managerTask.getString("tier")).isEqualTo("MANAGEMENT");
        // management sees what the tiers below proposed and why it came up
        assertThat(object(get("manager", "/api/tasks/" + managerTask.getString("id"))).getJsonArray("earlierDecisions")
                .stream().map(JsonValue::asJsonObject).map(d -> d.getString("tier") + " " + d.getString("by") + ": "
                        + d.getString("outcome") + " (" + d.getString("reason") + ")"))
                .containsExactly("FRONTLINE frontline: RESOLVE REFUND 450.00 EUR: escalated, ABOVE_LIMIT (We refund the machine.)",
                        "SUPERVISOR supervisor: ESCALATE (Water damage: management.)");
        complete("manager", managerTask, resolve("REFUND", "450.00", "We refund the machine and pay the floor."));
        complete("frontline", taskOf("frontline", reference, "Task_CallCustomerWithOutcome"),
                "{\"outcome\":\"Told the customer; she is not content.\"}");
        assertThat(postJson("frontline", "/api/processes/" + reference + "/answer", "{\"satisfied\":false}").statusCode())
                .isEqualTo(204);
        // not satisfied with management: head office decides, and its decision is the final response
        JsonObject headOfficeTask = taskOf("headoffice", reference, "Task_DecideComplaint");
        complete("headoffice", headOfficeTask, resolve("REFUND", "500.00", "We refund the machine and the floor in full."));
        complete("frontline", taskOf("frontline", reference, "Task_CallCustomerWithOutcome"),
                "{\"outcome\":\"Told the customer our final response.\"}");
        taskOf("supervisor", reference, "Task_DecideFollowUp"); // no answer is awaited after a final response
        assertThat(object(get("frontline", "/api/complaints/" + reference)).getJsonArray("history").stream()
                .map(e -> e.asJsonObject().getString("action")))
                .containsSubsequence("RECEIVED", "ESCALATED", "RESOLVED", "OUTCOME_TOLD", "CUSTOMER_ANSWERED", "REOPENED",
                        "RESOLVED", "OUTCOME_TOLD");

        List<JsonObject> decisions = Api.array(get("auditor", "/api/processes/" + reference + "/timeline")).stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("activityId").equals("Task_DecideComplaint")).toList();
        assertThat(decisions).extracting(s -> s.getString("tier") + ":" + s.getString("outcome"))
                .containsExactly("FRONTLINE:RESOLVE REFUND 450.00 EUR: escalated, ABOVE_LIMIT", "SUPERVISOR:ESCALATE",
                        "MANAGEMENT:RESOLVE REFUND 450.00 EUR", "HEAD_OFFICE:RESOLVE REFUND 500.00 EUR");
        JsonObject record = object(get("auditor", "/api/processes/" + reference + "/record"));
        assertThat(record.getJsonArray("resolutions").stream().map(r -> r.asJsonObject().getString("status")))
                .containsExactly("PROPOSED", "RESOLVED", "RESOLVED");
        assertThat(record.getJsonArray("clocks").stream().map(c -> c.asJsonObject().getString("clock")))
                .contains("ACKNOWLEDGE", "RESOLVE_FRONTLINE", "RESOLVE_SUPERVISOR", "RESOLVE_MANAGEMENT",
                        "RESOLVE_HEAD_OFFICE");
    }

    @Test
    void aSupervisorWhoMissesTheDeadlineLosesTheComplaintToManagementByItself() {
        String front = ALWAYS_OPEN.toLowerCase() + "-frontline";
        String reference = file(front, ALWAYS_OPEN, "SMS", "+49 40 555 0101", "My order never arrived.");
        complete(front, taskOf(front, reference, "Task_DecideComplaint"),
                "{\"decision\":\"ESCALATE\",\"reason\":\"Delivery problems are the supervisor's.\"}");
        JsonObject supervisorTask = taskOf(ALWAYS_OPEN.toLowerCase() + "-supervisor", reference, "Task_DecideComplaint");
        Instant due = Instant.parse(supervisorTask.getString("due"));
        assertThat(Duration.between(Instant.parse(supervisorTask.getString("created")), due)).isLessThan(Duration.ofSeconds(20));

        JsonObject managerTask = Poll.until(() -> findTask("manager", reference, "Task_DecideComplaint"),
                Optional::isPresent, Duration.ofSeconds(120)).orElseThrow(
                        () -> new AssertionError("the supervisor's deadline passed but the complaint did not move up"));
        Instant moved = Instant.parse(managerTask.getString("created"));
        System.out.println("[timer lateness] supervisor deadline " + due + ", escalated at " + moved + ", late by "
                + Duration.between(due, moved).toMillis() + " ms");
        assertThat(moved).isAfterOrEqualTo(due);

        JsonObject clock = object(get("auditor", "/api/processes/" + reference + "/record")).getJsonArray("clocks")
                .stream().map(JsonValue::asJsonObject).filter(c -> c.getString("clock").equals("RESOLVE_SUPERVISOR"))
                .findFirst().orElseThrow();
        assertThat(clock.getBoolean("breached")).isTrue();
        assertThat(Instant.parse(clock.getString("breachedAt"))).isEqualTo(due);
        assertThat(Api.array(get("auditor", "/api/processes/" + reference + "/timeline")).stream()
                .map(s -> s.asJsonObject().getString("activityId"))).contains("BoundaryEvent_ReminderDue",
                "EndEvent_DeadlinePassed");
    }

    @Test
    void aCustomerWhoIsNotSatisfiedReopensTheComplaintAtTheNextTier() throws Exception {
        String email = "reopen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference = file("frontline", "HAM", "EMAIL", email, "The jacket's zip broke again.");
        complete("frontline", taskOf("frontline", reference, "Task_DecideComplaint"),
                resolve("APOLOGY", null, "We apologise; the zip can be repaired in store."));

        String mail = TestMailServer.text(TestMailServer.awaitMessageAbout(reference, "/api/public/answers/",
                Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("no outcome mail for " + reference)));
        Matcher link = Pattern.compile("/api/public/answers/([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        String answerPath = "/api/public/answers/" + link.group(1);
        // the mail leaves while its job's transaction is still open: the customer answers once that has committed
        Poll.until(() -> object(get("auditor", "/api/processes/" + reference)).getJsonArray("completedActivityIds")
                .getValuesAs(jakarta.json.JsonString::getString), ids -> ids.contains("Task_MailOutcome"),
                Duration.ofSeconds(30));
        HttpResponse<String> page = Api.send(Api.request(answerPath).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("satisfied", "<form method=\"post\">");

        HttpResponse<String> answered = Api.send(Api.request(answerPath)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("satisfied=false")));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Api.send(Api.request(answerPath).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("satisfied=true"))).statusCode()).isEqualTo(404);

        assertThat(taskOf("supervisor", reference, "Task_DecideComplaint").getString("tier")).isEqualTo("SUPERVISOR");
        assertThat(status(reference)).isIn("REOPENED", "ESCALATED");
        assertThat(object(get("auditor", "/api/processes/" + reference + "/record")).getJsonArray("resolutions")
                .getJsonObject(0).getBoolean("satisfied")).isFalse();
    }

    @Test
    void aLetterIsAnsweredWithAPersonalMeetingAndAPrintedOutcome() {
        String body = Api.complaint("HAM", "LETTER", Api.customer("Dr. Ilse Brandt", null, null,
                "Elbchaussee 1\n22763 Hamburg"), "Your delivery van blocked our driveway for a week.").build().toString();
        HttpResponse<String> filed = postJson("frontline", "/api/complaints", body);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = object(filed).getString("reference");

        complete("supervisor", taskOf("supervisor", reference, "Task_ArrangePersonalMeeting"),
                "{\"meetingAt\":\"" + IN_FIVE_DAYS + "T10:00:00Z\",\"place\":\"Branch office, Hamburg\","
                        + "\"attendees\":[\"Dr. Ilse Brandt\",\"supervisor\"],\"outcome\":\"Agreed on a voucher.\"}");
        complete("supervisor", taskOf("supervisor", reference, "Task_DecideComplaint"),
                resolve("STORE_CREDIT", "100.00", "A voucher of 100 euros and our apology."));

        String letter = Poll.until(() -> get("supervisor", "/api/processes/" + reference + "/outcome-letter"),
                r -> r.statusCode() == 200, Duration.ofSeconds(60)).body();
        assertThat(letter).contains("Dr. Ilse Brandt", "Elbchaussee 1", reference, "A voucher of 100 euros");
        assertThat(postJson("supervisor", "/api/processes/" + reference + "/answer", "{\"satisfied\":true}").statusCode())
                .isEqualTo(204);
        complete("supervisor", taskOf("supervisor", reference, "Task_DecideFollowUp"),
                "{\"followUps\":[\"COACHING\"],\"coachingOn\":\"" + TODAY.plusDays(7) + "\",\"topic\":\"Parking rules for vans.\"}");
        assertThat(status(reference)).isEqualTo("CLOSED");
        complete("supervisor", taskOf("supervisor", reference, "Task_ConfirmCoaching"), "{\"doneOn\":\"" + TODAY + "\"}");

        JsonObject record = object(get("auditor", "/api/processes/" + reference + "/record"));
        assertThat(record.getJsonArray("meetings")).singleElement()
                .satisfies(m -> assertThat(m.asJsonObject().getString("place")).isEqualTo("Branch office, Hamburg"));
        assertThat(record.getJsonArray("followUps")).singleElement()
                .satisfies(f -> assertThat(f.asJsonObject().getString("status")).isEqualTo("DONE"));
        assertThat(ended(reference)).isTrue();
    }

    private static String resolve(String remedy, String amount, String said) {
        var input = Json.createObjectBuilder().add("decision", "RESOLVE").add("remedy", remedy)
                .add("saidToCustomer", said).add("receiptPresented", true);
        if (amount != null) {
            input.add("amount", Json.createObjectBuilder().add("amount", amount).add("currency", "EUR"));
        }
        return input.build().toString();
    }

    private static String file(String user, String branch, String channel, String contact, String description) {
        String email = contact != null && contact.contains("@") ? contact : null;
        String phone = contact != null && !contact.contains("@") ? contact : null;
        return Work.file(user, Api.complaint(branch, channel, "Customer " + channel, email, phone, description));
    }

    private static String status(String reference) {
        return object(get("auditor", "/api/complaints/" + reference)).getString("status");
    }

    private static boolean ended(String reference) {
        return Poll.until(() -> object(get("auditor", "/api/processes/" + reference)).getBoolean("ended"), e -> e,
                Duration.ofSeconds(30));
    }
}
