package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;
import static org.chantilly.it.support.Work.complete;
import static org.chantilly.it.support.Work.taskOf;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Personal data (issue 7): a customer's erasure request and the retention rule on the real EAR. After erasure no
 * personal value of the customer is left in any table of the whole database (the engine's included), and the complaint
 * is still there with its facts. Everything happens in a branch of its own (open round the clock), so that the
 * retention run, scoped to that branch, touches no other test's complaints (arquillian.xml sets a retention period of
 * two seconds and no scheduled run).
 */
@ArquillianTest
@RunAsClient
class CustomerErasureIT {

    private static final String BRANCH = "GDPR";
    private static final String FRONT = "gdpr-frontline";
    private static final String SUPERVISOR = "gdpr-supervisor";
    private static final String PASSWORD = TestBranch.PASSWORD;

    private static final String NAME = "Xanthippe Quorvald-Myrberg";
    private static final String EMAIL = "x.quorvald@example.net";
    private static final String PHONE = "+49 40 7781 2290";
    private static final String ADDRESS = "Zypressenweg 17\n22587 Hamburg";
    private static final String RECEIPT = "QV-RCPT-88231";
    private static final String FILE = "quorvald-receipt.pdf";
    /** Every personal value of the customer as it may be stored, and the parts of her name and address. */
    private static final List<String> PERSONAL = List.of(NAME, "Xanthippe", "Quorvald", "Myrberg", EMAIL, PHONE,
            "+49 (40) 7781-2290", "494077812290", "Zypressenweg", "22587 Hamburg", RECEIPT, FILE);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @BeforeAll
    static void openABranchOfItsOwn() {
        TestBranch desk = TestBranch.openRoundTheClock(BRANCH, "Chantilly Data Protection Desk", "DACH");
        for (String role : List.of("FRONTLINE", "SUPERVISOR")) {
            Api.signHandbook(desk.staff(role), PASSWORD);
        }
    }

    @Test
    void anErasureLeavesNoPersonalValueOfTheCustomerAnywhereAndKeepsTheComplaintsFacts() {
        // a letter with every contact detail, a receipt and an attachment, handled with a meeting and a customer reply
        JsonObject purchase = Json.createObjectBuilder().add("item", "Sofa for " + NAME)
                .add("price", Json.createObjectBuilder().add("amount", "899.00").add("currency", "EUR"))
                .add("purchaseDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(20).toString()).add("receiptPresent", true).add("receiptNumber", RECEIPT).build();
        String letter = file(Api.complaint(BRANCH, "LETTER", Api.customer(NAME, EMAIL, PHONE, ADDRESS),
                        "I am " + NAME + " of Zypressenweg 17. The sofa came broken; write to " + EMAIL + " or call "
                                + PHONE + ".")
                .add("customerRequest", "Ms Quorvald wants a new sofa (receipt " + RECEIPT + ").")
                .add("purchase", purchase).build().toString());
        HttpResponse<String> attached = Api.send(Work.as(FRONT, "/api/complaints/" + letter + "/attachments")
                .header("Content-Type", "application/pdf").header("X-File-Name", FILE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(("%PDF-1.4\n% receipt of " + NAME + "\n%%EOF\n")
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        // the same customer by phone, her number written differently
        String call = file(Api.complaint(BRANCH, "PHONE", Api.customer("X. Quorvald", null, "+49 (40) 7781-2290", null),
                "Quorvald calls about the sofa again.").build().toString());

        complete(SUPERVISOR, taskOf(SUPERVISOR, letter, "Task_ArrangePersonalMeeting"), Json.createObjectBuilder()
                .add("meetingAt", java.time.Instant.now().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString()).add("place", "At " + NAME + "'s home, Zypressenweg 17")
                .add("attendees", Json.createArrayBuilder().add(NAME).add(SUPERVISOR))
                .add("outcome", "Ms Quorvald showed the damage; she is reachable at " + PHONE + ".").build().toString());
        complete(SUPERVISOR, taskOf(SUPERVISOR, letter, "Task_DecideComplaint"), Json.createObjectBuilder()
                .add("decision", "WAIT_FOR_CUSTOMER").add("reason", "Asked Ms Quorvald-Myrberg for photos at " + EMAIL)
                .build().toString());
        HttpResponse<String> replied = Work.post(SUPERVISOR, "/api/processes/" + letter + "/customer-reply",
                Json.createObjectBuilder().add("text", NAME + " sent the photos from " + EMAIL + ".").build().toString());
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(204);
        complete(SUPERVISOR, taskOf(SUPERVISOR, letter, "Task_DecideComplaint"), Json.createObjectBuilder()
                .add("decision", "RESOLVE").add("remedy", "STORE_CREDIT")
                .add("amount", Json.createObjectBuilder().add("amount", "100.00").add("currency", "EUR"))
                .add("saidToCustomer", "Dear Ms Quorvald-Myrberg, a voucher of 100 euros and our apology.")
                .build().toString());
        String outcomeLetter = Poll.until(() -> as(SUPERVISOR, "/api/processes/" + letter + "/outcome-letter", "GET"),
                r -> r.statusCode() == 200, Duration.ofSeconds(60)).body();
        assertThat(outcomeLetter).contains(NAME, "Zypressenweg 17");
        assertThat(Work.post(SUPERVISOR, "/api/processes/" + letter + "/answer", "{\"satisfied\":true}").statusCode()).isEqualTo(204);
        complete(SUPERVISOR, taskOf(SUPERVISOR, letter, "Task_DecideFollowUp"),
                "{\"followUps\":[\"PRE_SHIFT_TOPIC\"],\"topic\":\"Check the delivery address twice (Quorvald case).\"}");
        assertThat(complaint(letter).getString("status")).isEqualTo("CLOSED");

        // the search sees the customer before: it searches where her values are
        assertThat(TestDatabase.search(List.of(NAME, "Quorvald")).stream().map(TestDatabase.Hit::table)
                .map(String::toLowerCase))
                .contains("complaint", "complaint_event", "complaint_attachment", "complaint_attachment_data",
                        "wf_meeting", "wf_step_note", "wf_resolution", "wf_follow_up");

        // who may ask
        assertThat(Api.send(Api.request("/api/customers/erasure").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + EMAIL + "\"}"))).statusCode()).isEqualTo(401);
        assertThat(postJson("frontline", "/api/customers/erasure", "{\"email\":\"" + EMAIL + "\"}").statusCode()).isEqualTo(403);
        assertThat(postJson("auditor", "/api/customers/erasure", "{\"email\":\"" + EMAIL + "\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> nothing = postJson("headoffice", "/api/customers/erasure", "{}");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(object(nothing).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("email", "phone", "reference");
        HttpResponse<String> malformed = postJson("headoffice", "/api/customers/erasure", "{\"email\":\"no address\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(object(malformed).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("email");

        // the request: her complaints are the letter and those sharing its email or phone
        HttpResponse<String> erased = postJson("headoffice", "/api/customers/erasure", "{\"reference\":\"" + letter + "\"}");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        String pseudonym = object(erased).getString("pseudonym");
        assertThat(pseudonym).matches("erased-[a-z0-9]{12}");
        assertThat(object(erased).getJsonArray("references").stream().map(r -> ((jakarta.json.JsonString) r).getString()))
                .containsExactlyInAnyOrder(letter, call);

        // nothing of her is left in any table and column of the whole database, the engine's included
        assertThat(TestDatabase.search(PERSONAL)).isEmpty();

        // the complaints keep their facts, and reports still count them
        JsonObject kept = complaint(letter);
        assertThat(kept.getString("status")).isEqualTo("CLOSED");
        assertThat(kept.getString("channel")).isEqualTo("LETTER");
        assertThat(kept.getString("branchCode")).isEqualTo(BRANCH);
        assertThat(kept.getString("category")).isNotBlank();
        // compared as a number: a complaint read back carries the column's scale ("899.0000"), see the report
        assertThat(new java.math.BigDecimal(kept.getJsonObject("purchase").getJsonObject("price").getString("amount")))
                .isEqualByComparingTo("899.00");
        assertThat(kept.getJsonObject("customer").getString("name")).isEqualTo(pseudonym);
        assertThat(kept.getJsonObject("customer").get("email")).isIn(null, JsonValue.NULL);
        assertThat(kept.getString("description")).contains(pseudonym, "The sofa came broken");
        assertThat(kept.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("action")))
                .contains("RECEIVED", "CLOSED", "PERSONAL_DATA_ERASED");
        long attachment = kept.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(get("auditor", "/api/complaints/" + letter + "/attachments/" + attachment).statusCode()).isEqualTo(404);
        assertThat(complaint(call).getString("status")).isNotBlank();
        JsonObject counted = object(get("headoffice", "/api/complaints?branch=" + BRANCH + "&status=CLOSED&size=100"));
        assertThat(counted.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("reference"))).contains(letter);
        JsonObject record = object(get("auditor", "/api/processes/" + letter + "/record"));
        assertThat(record.getJsonArray("resolutions").getJsonObject(0).getString("status")).isEqualTo("RESOLVED");
        assertThat(record.getJsonArray("meetings")).hasSize(1);

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        JsonObject report = object(get("auditor", "/api/reports/compliance?from=" + today.minusDays(1) + "&to=" + today
                + "&branch=" + BRANCH));
        assertThat(report.getJsonObject("total").getInt("received")).as("the compliance report still counts them")
                .isGreaterThanOrEqualTo(2);

        // the audit trail never held her values: it records the erasure, and its chain still verifies
        HttpResponse<String> audited = get("auditor", "/api/audit/records?complaint=" + letter);
        assertThat(Api.array(audited).stream().map(r -> r.asJsonObject().getString("action")))
                .contains("COMPLAINT_RECEIVED", "PERSONAL_DATA_ERASED");
        JsonObject verified = object(get("auditor", "/api/audit/verify"));
        assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();

        // a second request finds nothing more
        HttpResponse<String> again = postJson("admin", "/api/customers/erasure", "{\"email\":\"" + EMAIL + "\",\"reference\":\"" + letter + "\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(object(again).getJsonArray("references")).isEmpty();
    }

    @Test
    void theRetentionRuleAnonymisesClosedComplaintsOlderThanThePeriod() {
        String name = "Retentia Holmgård-Vesk";
        String reference = file(Api.complaint(BRANCH, "IN_PERSON", Api.customer(name, null, "+46 8 5550 7713", null),
                name + "'s umbrella broke on the first day.").build().toString());
        complete(FRONT, taskOf(FRONT, reference, "Task_DecideComplaint"), Json.createObjectBuilder()
                .add("decision", "RESOLVE").add("remedy", "REPLACEMENT").add("receiptPresented", true)
                .add("amount", Json.createObjectBuilder().add("amount", "20.00").add("currency", "EUR"))
                .add("saidToCustomer", "A new umbrella for Ms Holmgård-Vesk.").build().toString());
        complete(FRONT, taskOf(FRONT, reference, "Task_CallCustomerWithOutcome"), "{\"outcome\":\"Handed over.\"}");
        assertThat(Work.post(FRONT, "/api/processes/" + reference + "/answer", "{\"satisfied\":true}").statusCode()).isEqualTo(204);
        complete(SUPERVISOR, taskOf(SUPERVISOR, reference, "Task_DecideFollowUp"),
                "{\"followUps\":[],\"reason\":\"Nothing to learn from it.\"}");
        assertThat(complaint(reference).getString("status")).isEqualTo("CLOSED");
        assertThat(TestDatabase.search(List.of("Holmgård"))).isNotEmpty();

        assertThat(postJson("headoffice", "/api/admin/retention/run", "{\"branch\":\"" + BRANCH + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(postJson("admin", "/api/admin/retention/run", "{\"branch\":\"gdpr!\"}").statusCode()).isEqualTo(400);
        // the period is two seconds (arquillian.xml): run until the complaint is old enough
        JsonObject run = Poll.until(() -> object(postJson("admin", "/api/admin/retention/run", "{\"branch\":\"" + BRANCH + "\"}")),
                r -> r.getJsonArray("references").stream().anyMatch(ref -> ref.toString().contains(reference)),
                Duration.ofSeconds(30));
        assertThat(run.getInt("anonymised")).isPositive();
        assertThat(run.getString("period")).isEqualTo("PT2S");

        JsonObject kept = complaint(reference);
        assertThat(kept.getString("status")).isEqualTo("CLOSED");
        assertThat(kept.getString("channel")).isEqualTo("IN_PERSON");
        assertThat(kept.getJsonObject("customer").getString("name")).startsWith("erased-");
        assertThat(TestDatabase.search(List.of(name, "Retentia", "Holmgård", "+46 8 5550 7713", "46855507713"))).isEmpty();
        assertThat(object(postJson("admin", "/api/admin/retention/run", "{\"branch\":\"" + BRANCH + "\"}"))
                .getJsonArray("references").stream().map(JsonValue::toString)).noneMatch(r -> r.contains(reference));
    }

    private static String file(String json) {
        return Work.file(FRONT, json);
    }

    private static JsonObject complaint(String reference) {
        return object(get("auditor", "/api/complaints/" + reference));
    }

    private static HttpResponse<String> as(String user, String path, String method) {
        return Api.send(Work.as(user, path).method(method, HttpRequest.BodyPublishers.noBody()));
    }
}
