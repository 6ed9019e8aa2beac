package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Work.complete;
import static org.chantilly.it.support.Work.taskOf;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Poll;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.TestDatabase;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compliance report against a period with known answers, in a branch of its own (always open, in a region of its
 * own, so no other test's complaints count): one complaint resolved on the spot and closed, one whose supervisor let
 * the deadline pass, one resolved by a supervisor who has not signed the handbook, one left open, and one with a
 * remedy beyond the frontline's limit. The application refuses to grant such a remedy, so that record is written into
 * the database directly, as a tampered or imported record would be: the report must find it.
 */
@ArquillianTest
@RunAsClient
class ComplianceReportIT {

    private static final String BRANCH = "AUDT";
    private static final String FRONTLINE = "audt-frontline";
    private static final String SUPERVISOR = "audt-supervisor";
    private static final String PASSWORD = TestBranch.PASSWORD;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String PERIOD = "from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1);

    private static String onTheSpot;
    private static String breached;
    private static String unsigned;
    private static String open;
    private static String beyondLimit;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @BeforeAll
    static void seedAPeriodWithKnownAnswers() {
        TestBranch lab = TestBranch.openRoundTheClock(BRANCH, "Chantilly Audit Lab", "AUDIT");
        lab.staff("FRONTLINE");
        lab.staff("SUPERVISOR");
        Api.signHandbook(FRONTLINE, PASSWORD); // the supervisor signs only once refused (below)

        onTheSpot = file("IN_PERSON", null, "The blender's jug cracked.");
        complete(FRONTLINE, taskOf(FRONTLINE, onTheSpot, "Task_DecideComplaint"),
                resolve("REPLACEMENT", "29.90", "A new jug, right now."));
        complete(FRONTLINE, taskOf(FRONTLINE, onTheSpot, "Task_CallCustomerWithOutcome"), "{\"outcome\":\"Handed over.\"}");
        HttpResponse<String> answered = Work.post(FRONTLINE, "/api/processes/" + onTheSpot + "/answer", "{\"satisfied\":true}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        complete(SUPERVISOR, taskOf(SUPERVISOR, onTheSpot, "Task_DecideFollowUp"),
                "{\"followUps\":[],\"reason\":\"Handled well; nothing to follow up.\"}");

        breached = file("SMS", "+49 40 555 0177", "The voucher code is refused.");
        complete(FRONTLINE, taskOf(FRONTLINE, breached, "Task_DecideComplaint"),
                "{\"decision\":\"ESCALATE\",\"reason\":\"Vouchers are the supervisor's.\"}");
        taskOf(SUPERVISOR, breached, "Task_DecideComplaint"); // and let its 15 seconds pass (arquillian.xml)

        unsigned = file("PHONE", "+49 40 555 0178", "The fridge arrived dented.");
        complete(FRONTLINE, taskOf(FRONTLINE, unsigned, "Task_DecideComplaint"),
                "{\"decision\":\"ESCALATE\",\"reason\":\"A refund this size is the supervisor's.\"}");
        JsonObject supervisorsDecision = taskOf(SUPERVISOR, unsigned, "Task_DecideComplaint");
        // above the frontline nobody decides without having signed the handbook in force: 409 naming the version
        HttpResponse<String> refused = Work.post(SUPERVISOR, "/api/tasks/" + supervisorsDecision.getString("id")
                + "/complete", resolve("REFUND", "300.00", "We refund part of the price."));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(object(refused).getString("detail")).contains("Sign handbook version " + Api.handbookInForce());
        Api.signHandbook(SUPERVISOR, PASSWORD);
        complete(SUPERVISOR, supervisorsDecision, resolve("REFUND", "300.00", "We refund part of the price."));
        // what a resolution granted before this rule existed looks like: granted before its employee signed
        int inForce = Api.handbookInForce();
        Instant signedAt = Api.array(Api.send(Api.as(SUPERVISOR, PASSWORD, "/api/handbook/signatures/mine").GET()))
                .stream().map(JsonValue::asJsonObject).filter(sig -> sig.getInt("version") == inForce)
                .map(sig -> Instant.parse(sig.getString("signedAt"))).findFirst().orElseThrow();
        assertThat(TestDatabase.update("update wf_resolution set resolved_at = ? where complaint_reference = ? "
                + "and status = 'RESOLVED'", java.sql.Timestamp.from(signedAt.minusMillis(1)), unsigned)).isEqualTo(1);

        open = file("IN_PERSON", null, "Nobody was at the returns desk.");

        beyondLimit = file("IN_PERSON", null, "The coat's seam opened.");
        int version = Api.handbookInForce();
        assertThat(TestDatabase.update("insert into wf_resolution (complaint_reference, tier, remedy, amount, currency, "
                        + "said_to_customer, proposed_by, proposed_at, status, policy_version, policy_applied, resolved_at) "
                        + "values (?, 'FRONTLINE', 'REFUND', 450.00, 'EUR', 'Refunded in cash.', ?, current_timestamp, "
                        + "'RESOLVED', ?, ?, current_timestamp)", beyondLimit, FRONTLINE, String.valueOf(version),
                "handbook " + version + "; limit 200.0 EUR; receipt required true; receipt presented true; "
                        + "handbook signed true")).isEqualTo(1);
    }

    @Test
    void theReportCountsTheSeededPeriodExactlyAndListsEveryException() {
        JsonObject report = Poll.until(() -> object(Api.get("auditor", "/api/reports/compliance?" + PERIOD + "&branch=" + BRANCH)),
                r -> settled(r.getJsonObject("total")), Duration.ofSeconds(120));
        JsonObject total = report.getJsonObject("total");
        assertThat(settled(total)).as(total.toString()).isTrue();
        assertThat(report.getJsonArray("branches").getValuesAs(JsonValue::toString)).containsExactly("\"" + BRANCH + "\"");
        assertThat(report.getJsonArray("byBranch")).singleElement()
                .satisfies(b -> assertThat(b.asJsonObject().getJsonObject("figures")).isEqualTo(total));

        assertThat(total.getInt("received")).isEqualTo(5);
        JsonObject acknowledgement = total.getJsonObject("acknowledgement");
        assertThat(acknowledgement.getInt("onTime")).isEqualTo(5);
        assertThat(acknowledgement.getInt("late") + acknowledgement.getInt("missing")).isZero();
        assertThat(acknowledgement.getString("onTimeRate")).isEqualTo("1.0000");

        assertThat(tier(total, "FRONTLINE")).isEqualTo("reached 5 met 3 breached 0 running 2 resolved 2 inTime 2 rate 1.0000");
        assertThat(tier(total, "SUPERVISOR")).isEqualTo("reached 2 met 1 breached 1 running 0 resolved 1 inTime 1 rate 0.5000");
        assertThat(tier(total, "MANAGEMENT")).isEqualTo("reached 1 met 0 breached 0 running 1 resolved 0 inTime 0 rate null");

        JsonObject remedies = total.getJsonObject("remedies");
        assertThat(remedies.getInt("granted")).isEqualTo(3);
        assertThat(remedies.getInt("outOfAuthority")).isEqualTo(1);
        assertThat(remedies.getString("withinAuthorityRate")).isEqualTo("0.6667");
        assertThat(total.getInt("unsignedResolutions")).isEqualTo(1);
        assertThat(total.getJsonObject("conformance").getInt("nonConforming")).as(report.toString()).isZero();
        assertThat(total.getInt("openComplaints")).isEqualTo(3);
        assertThat(total.getJsonArray("openByAge").getJsonObject(0).getInt("count")).isEqualTo(3);
        assertThat(total.getInt("breachedDeadlines")).isEqualTo(1);
        JsonObject signatures = total.getJsonObject("signatures");
        assertThat(signatures.getInt("staff")).isEqualTo(2);
        assertThat(signatures.getInt("signed")).as("the supervisor signed once refused").isEqualTo(2);
        assertThat(signatures.getString("coverage")).isEqualTo("1.0000");

        assertThat(report.getJsonArray("outOfAuthority")).singleElement().satisfies(o -> {
            assertThat(o.asJsonObject().getString("complaintReference")).isEqualTo(beyondLimit);
            assertThat(o.asJsonObject().getString("limit")).isEqualTo("200.0 EUR");
            assertThat(o.asJsonObject().getString("reason")).contains("above the limit");
        });
        assertThat(report.getJsonArray("unsignedResolutions")).singleElement().satisfies(u -> {
            assertThat(u.asJsonObject().getString("complaintReference")).isEqualTo(unsigned);
            assertThat(u.asJsonObject().getString("decidedBy")).isEqualTo(SUPERVISOR);
            assertThat(u.asJsonObject().getString("signedAt")).as("signed after granting it").isNotEmpty();
        });
        assertThat(report.getJsonArray("nonConforming")).isEmpty();
    }

    @Test
    void theSameReportComesAsCsvAndAsAPrintablePage() {
        HttpResponse<String> csv = Api.send(Api.as("auditor", "/api/reports/compliance?" + PERIOD + "&branch=" + BRANCH)
                .header("Accept", "text/csv").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("figure,ALL," + BRANCH + "\r\nreceived,").contains("\r\nremedies.outOfAuthority,1,1\r\n",
                "\r\nexception,branch,complaint,tier,employee,detail\r\n", "OUT_OF_AUTHORITY," + BRANCH + "," + beyondLimit,
                "UNSIGNED_RESOLUTION," + BRANCH + "," + unsigned + ",SUPERVISOR," + SUPERVISOR);

        HttpResponse<String> page = Api.get("headoffice", "/api/reports/compliance?" + PERIOD + "&branch=" + BRANCH
                + "&format=html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Compliance report</h1>", beyondLimit, unsigned).doesNotContain("<script");

        HttpResponse<String> anything = Api.send(Api.as("auditor", "/api/reports/compliance?" + PERIOD + "&branch=" + BRANCH)
                .header("Accept", "*/*").GET());
        assertThat(anything.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void managersSeeTheirRegionOnlyAndOtherRolesNothing() {
        assertThat(Api.get("manager", "/api/reports/compliance?" + PERIOD + "&branch=" + BRANCH).statusCode()).isEqualTo(404);
        HttpResponse<String> region = Api.get("manager", "/api/reports/compliance?" + PERIOD);
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(object(region).getJsonArray("branches").getValuesAs(JsonValue::toString)).contains("\"HAM\"")
                .doesNotContain("\"" + BRANCH + "\"", "\"STO\"");
        assertThat(Api.get("frontline", "/api/reports/compliance?" + PERIOD).statusCode()).isEqualTo(403);
        assertThat(Api.get("supervisor", "/api/reports/compliance?" + PERIOD).statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPeriodOrFormatIsA400NamingTheFieldAndAnUnknownBranchA404() {
        assertThat(invalid("from=2026-11-30&to=2026-11-01")).containsExactly("to");
        assertThat(invalid("from=2025-01-01&to=2026-01-02")).containsExactly("to");
        assertThat(invalid("from=2026-11-31&to=2026-12-01")).containsExactly("from");
        assertThat(invalid("to=2026-12-01")).containsExactly("from");
        assertThat(Api.get("auditor", "/api/reports/compliance?" + PERIOD + "&branch=NOPE").statusCode())
                .as("an unknown branch answers as one outside the caller's scope").isEqualTo(404);
        assertThat(invalid(PERIOD + "&format=xml")).containsExactly("format");
    }

    /** Every asynchronous step has run: acknowledgements sent and the supervisor's deadline passed. */
    private static boolean settled(JsonObject figures) {
        return figures.getJsonObject("acknowledgement").getInt("pending") == 0 && figures.getInt("breachedDeadlines") == 1
                && figures.getJsonArray("tiers").getJsonObject(2).getInt("reached") == 1;
    }

    private static String tier(JsonObject figures, String name) {
        JsonObject t = figures.getJsonArray("tiers").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("tier").equals(name)).findFirst().orElseThrow();
        return "reached " + t.getInt("reached") + " met " + t.getInt("metDeadline") + " breached " + t.getInt("breached")
                + " running " + t.getInt("running") + " resolved " + t.getInt("resolved") + " inTime "
                + t.getInt("resolvedWithinDeadline") + " rate " + t.get("withinDeadlineRate").toString().replace("\"", "");
    }

    private static List<String> invalid(String query) {
        HttpResponse<String> response = Api.get("auditor", "/api/reports/compliance?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        return object(response).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static String resolve(String remedy, String amount, String said) {
        return Json.createObjectBuilder().add("decision", "RESOLVE").add("remedy", remedy).add("saidToCustomer", said)
                .add("receiptPresented", true)
                .add("amount", Json.createObjectBuilder().add("amount", amount).add("currency", "EUR")).build().toString();
    }

    private static String file(String channel, String phone, String description) {
        return Work.file(FRONTLINE, Api.complaint(BRANCH, channel, "Customer " + channel, null, phone, description));
    }
}
