package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.customer;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
 * The one complaint form over HTTP: each channel's required fields, idempotent retries, duplicates, attachments,
 * acknowledgements, branch scoping.
 */
@ArquillianTest
@RunAsClient
class IntakeFormIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String fieldOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static JsonObject filed(String user, String json) {
        HttpResponse<String> response = postJson(user, "/api/complaints", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return object(response);
    }

    @Test
    void eachChannelAsksForTheContactItIsAnsweredThrough() {
        String noContact = unique();
        assertThat(fieldOf(postJson("frontline", "/api/complaints",
                complaint("HAM", "EMAIL", noContact, null, "+49 40 1", "x")))).isEqualTo("customer.email");
        assertThat(fieldOf(postJson("frontline", "/api/complaints",
                complaint("HAM", "PHONE", noContact, "a@example.org", null, "x")))).isEqualTo("customer.phone");
        assertThat(fieldOf(postJson("frontline", "/api/complaints",
                complaint("HAM", "SMS", noContact, "a@example.org", null, "x")))).isEqualTo("customer.phone");
        assertThat(fieldOf(postJson("frontline", "/api/complaints",
                complaint("HAM", "LETTER", noContact, "a@example.org", null, "x")))).isEqualTo("customer.postalAddress");
        assertThat(fieldOf(postJson("frontline", "/api/complaints",
                complaint("HAM", "WEB", noContact, null, null, "x")))).isEqualTo("customer.email");
        assertThat(filed("frontline", complaint("HAM", "IN_PERSON", noContact, null, null, "x")).getString("status"))
                .isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void theWholeFormIsKeptAndMoneyIsADecimalString() {
        String json = complaint("HAM", "LETTER", customer("Dr. Ilse Brandt", null, null, "Alsterweg 3\n20099 Hamburg"),
                "The delivery arrived broken.")
                .add("customerType", "EXTREME_CRITIC").add("category", "DELIVERY").add("severity", "HIGH")
                .add("customerRequest", "A refund")
                .add("purchase", Json.createObjectBuilder().add("item", "Vase")
                        .add("price", Json.createObjectBuilder().add("amount", "149.90").add("currency", "EUR"))
                        // a month before today, whatever day the tests run on
                        .add("purchaseDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(1).toString())
                        .add("receiptPresent", true).add("receiptNumber", "HAM-R-991"))
                .build().toString();
        JsonObject complaint = filed("supervisor", json);

        assertThat(complaint.getString("customerType")).isEqualTo("EXTREME_CRITIC");
        assertThat(complaint.getString("handlingAdvice")).isNotBlank();
        assertThat(complaint.getJsonObject("purchase").getJsonObject("price").getString("amount")).isEqualTo("149.90");
        assertThat(complaint.getJsonObject("customer").getString("preferredLanguage")).isEqualTo("de");
        assertThat(complaint.getJsonObject("acknowledgement").getString("kind")).isEqualTo("LETTER");
        // severity HIGH: management contacts the customer, due by management's deadline in business time
        JsonObject contact = org.chantilly.it.support.Work.taskOf("manager", complaint.getString("reference"),
                "Task_ManagementContactsCustomer");
        assertThat(contact.containsKey("due")).as(contact.toString()).isTrue();
        assertThat(java.time.Instant.parse(contact.getString("due")))
                .isAfter(java.time.Instant.parse(complaint.getString("receivedAt")).plus(java.time.Duration.ofHours(1)));

        HttpResponse<String> letter = Api.send(Api.as("supervisor",
                "/api/complaints/" + complaint.getString("reference") + "/acknowledgement-letter").GET());
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.body()).contains("lang=\"de\"", "Alsterweg 3", complaint.getString("reference"), "Sehr geehrte");
    }

    @Test
    void wrongValuesInsideTheFormAreNamed() {
        String json = complaint("HAM", "IN_PERSON", customer("Anna", null, null, null), "x")
                .add("purchase", Json.createObjectBuilder()
                        .add("price", Json.createObjectBuilder().add("amount", "12,50").add("currency", "XXY"))
                        .add("purchaseDate", "2026-02-30"))
                .build().toString();
        HttpResponse<String> response = postJson("frontline", "/api/complaints", json);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("purchase.price.amount");
    }

    @Test
    void aRetriedRequestReturnsTheFirstComplaint() {
        String key = UUID.randomUUID().toString();
        String json = complaint("HAM", "IN_PERSON", "Retry " + unique(), null, null, "Sent twice.");
        HttpResponse<String> first = Api.send(Api.as("frontline", "/api/complaints").header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        HttpResponse<String> retry = Api.send(Api.as("frontline", "/api/complaints").header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(object(retry).getString("reference")).isEqualTo(object(first).getString("reference"));
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        HttpResponse<String> other = Api.send(Api.as("frontline", "/api/complaints").header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(complaint("HAM", "IN_PERSON", "Someone else", null, null, "x"))));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(object(other).getString("type")).isEqualTo("https://chantilly.org/problems/idempotency-key-reused");
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneComplaint() {
        String key = UUID.randomUUID().toString();
        String json = complaint("HAM", "IN_PERSON", "Race " + unique(), null, null, "Sent five times at once.");
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(Api.sendAsync(Api.as("frontline", "/api/complaints").header("Idempotency-Key", key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))));
        }
        List<HttpResponse<String>> responses = sent.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(responses.stream().map(r -> object(r).getString("reference")).distinct()).hasSize(1);
    }

    @Test
    void aRepeatedComplaintIsFlaggedAndStaffDecide() {
        String email = "dup-" + unique() + "@example.org";
        String first = filed("frontline", complaint("HAM", "EMAIL", "Jonas", email, null,
                "The espresso machine leaks water from the bottom after two days.")).getString("reference");
        JsonObject second = filed("frontline", complaint("HAM", "EMAIL", "Jonas", email, null,
                "Espresso machine still leaks water from the bottom!"));

        assertThat(second.getJsonObject("possibleDuplicate").getString("reference")).isEqualTo(first);
        assertThat(second.getJsonObject("possibleDuplicate").getString("status")).isEqualTo("FLAGGED");

        String reference = second.getString("reference");
        HttpResponse<String> decided = postJson("supervisor", "/api/complaints/" + reference + "/duplicate",
                "{\"decision\":\"CONFIRM\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(object(decided).getJsonObject("possibleDuplicate").getString("status")).isEqualTo("CONFIRMED");
        assertThat(postJson("supervisor", "/api/complaints/" + reference + "/duplicate", "{\"decision\":\"DISMISS\"}")
                .statusCode()).isEqualTo(409);

        var history = Api.array(get("frontline", "/api/complaints/" + reference + "/customer-history"));
        assertThat(history.stream().map(v -> v.asJsonObject().getString("reference"))).containsExactly(first);
    }

    @Test
    void attachmentsAreCheckedStoredAndReturnedExactly() {
        String reference = filed("frontline", complaint("HAM", "IN_PERSON", "Photo " + unique(), null, null, "Scratched."))
                .getString("reference");
        byte[] png = new byte[5000];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        for (int i = signature.length; i < png.length; i++) {
            png[i] = (byte) i;
        }
        String path = "/api/complaints/" + reference + "/attachments";

        HttpResponse<String> added = Api.send(Api.as("frontline", path).header("Content-Type", "image/png")
                .header("X-File-Name", "kratzer.png").POST(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = object(added).getJsonNumber("id").longValue();

        HttpResponse<byte[]> download = Api.sendBytes(Api.as("auditor", path + "/" + id).GET());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");

        HttpResponse<String> fake = Api.send(Api.as("frontline", path).header("Content-Type", "image/png")
                .header("X-File-Name", "fake.png").POST(HttpRequest.BodyPublishers.ofString("<svg onload=alert(1)>")));
        assertThat(fake.statusCode()).isEqualTo(400);
        HttpResponse<String> html = Api.send(Api.as("frontline", path).header("Content-Type", "text/html")
                .header("X-File-Name", "x.html").POST(HttpRequest.BodyPublishers.ofString("<html>")));
        assertThat(html.statusCode()).isEqualTo(415);
        assertThat(object(html).getString("detail")).as("names the types taken")
                .contains("application/pdf", "image/jpeg", "image/png", "image/webp");
        // another branch's complaint: the scope comes first, whatever the type
        HttpResponse<String> otherBranch = Api.send(Api.as("frontline-sto", path).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertThat(otherBranch.statusCode()).as(otherBranch.body()).isEqualTo(404);
        HttpResponse<String> huge = Api.send(Api.as("frontline", path).header("Content-Type", "application/pdf")
                .header("X-File-Name", "big.pdf").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[6 * 1024 * 1024])));
        assertThat(huge.statusCode()).isEqualTo(413);

        JsonObject complaint = object(get("frontline", "/api/complaints/" + reference));
        assertThat(complaint.getJsonArray("attachments")).hasSize(1);
        assertThat(complaint.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("action")))
                .contains("ATTACHMENT_ADDED");
    }

    @Test
    void aFileNameInAnyScriptTravelsPercentEncodedAndComesBackTheSame() {
        String reference = filed("frontline", complaint("HAM", "IN_PERSON", "Bon " + unique(), null, null, "Receipt."))
                .getString("reference");
        String path = "/api/complaints/" + reference + "/attachments";
        byte[] pdf = "%PDF-1.4\n%receipt".getBytes(StandardCharsets.US_ASCII);
        String name = "Kassenbon ü 北京 ✓.pdf";

        HttpResponse<String> added = Api.send(Api.as("frontline", path).header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(object(added).getString("fileName")).isEqualTo(name);

        HttpResponse<byte[]> download = Api.sendBytes(Api.as("frontline", path + "/" + object(added).getJsonNumber("id")).GET());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
        assertThat(disposition).startsWith("attachment; filename=\"Kassenbon _ __ _.pdf\"");

        HttpResponse<String> broken = Api.send(Api.as("frontline", path).header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''%C3")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(object(broken).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Content-Disposition");
    }

    @Test
    void anEmailComplaintIsAcknowledgedByMail() throws Exception {
        String email = "mail-" + unique() + "@example.org";
        String reference = filed("frontline", complaint("HAM", "EMAIL", "Birgit Sommer", email, null,
                "Wrong colour delivered.")).getString("reference");

        var message = TestMailServer.awaitMessageAbout(reference, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no acknowledgement mail for " + reference));
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains(reference);

        JsonObject complaint = pollUntilAcknowledged(reference);
        assertThat(complaint.getJsonObject("acknowledgement").getString("status")).isEqualTo("SENT");
        assertThat(complaint.getJsonObject("acknowledgement").getString("sentAt")).endsWith("Z");
    }

    @Test
    void aGermanCustomersAcknowledgementIsInGermanAndGivesTheDate() throws Exception {
        String email = "de-" + unique() + "@example.org";
        JsonObject filed = filed("frontline", complaint("HAM", "EMAIL",
                customer("Jonas Weber", email, null, null).add("preferredLanguage", "de"), "Falsche Farbe geliefert.")
                .build().toString());
        String reference = filed.getString("reference");
        ZoneId hamburg = ZoneId.of(object(get("admin", "/api/admin/branches/HAM")).getString("timeZone"));
        String dueDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMAN)
                .format(Instant.parse(filed.getString("expectedResponseBy")).atZone(hamburg));

        var message = TestMailServer.awaitMessageAbout(reference, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no acknowledgement mail for " + reference));
        assertThat(message.getSubject()).isEqualTo("Wir haben Ihre Beschwerde " + reference + " erhalten");
        assertThat(new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Guten Tag Jonas Weber", reference, "innerhalb von 2 Werktagen, bis zum " + dueDate + ",");
    }

    @Test
    void staffSeeOnlyTheirBranchesAndManagersTheirRegion() {
        String reference = filed("frontline", complaint("HAM", "IN_PERSON", "Scope " + unique(), null, null, "x"))
                .getString("reference");
        assertThat(get("frontline-sto", "/api/complaints/" + reference).statusCode()).isEqualTo(404);
        assertThat(get("manager-nordics", "/api/complaints/" + reference).statusCode()).isEqualTo(404);
        assertThat(get("manager", "/api/complaints/" + reference).statusCode()).isEqualTo(200);
        assertThat(get("auditor", "/api/complaints/" + reference).statusCode()).isEqualTo(200);
        assertThat(postJson("frontline-sto", "/api/complaints",
                complaint("HAM", "IN_PERSON", "Elsewhere", null, null, "x")).statusCode()).isEqualTo(400);
        assertThat(get("frontline-sto", "/api/complaints/" + reference + "/customer-history").statusCode())
                .isEqualTo(404);
    }

    private static JsonObject pollUntilAcknowledged(String reference) {
        JsonObject complaint = Poll.until(() -> object(get("frontline", "/api/complaints/" + reference)),
                c -> "ACKNOWLEDGED".equals(c.getString("status")), Duration.ofSeconds(30));
        assertThat(complaint.getString("status")).as(complaint.toString()).isEqualTo("ACKNOWLEDGED");
        return complaint;
    }
}
