package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;

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
import org.junit.jupiter.api.Test;

/**
 * "Nobody is told anything": an employee's own e-mail address and mail choice (validated, audited without the
 * address), a task assigned to an employee with an address reaching them by mail (GreenMail) and in their list, and a
 * tier's reminder reaching the supervisors of the branch while nobody holds the task (the supervisor's SMS deadline is
 * 15 seconds, see arquillian.xml, in a branch that is always open). No customer's personal data in either.
 */
@ArquillianTest
@RunAsClient
class NotificationsIT {

    private static final String CUSTOMER = "Notified Customer";
    private static final String PHONE = "+49 40 555 0177";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static HttpResponse<String> put(String user, String path, String json) {
        return Api.send(Work.as(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> mailSettings(String user, String email, Boolean wanted) {
        var body = Json.createObjectBuilder();
        if (email != null) {
            body.add("email", email);
        }
        if (wanted != null) {
            body.add("mailNotifications", wanted);
        }
        return put(user, "/api/account/notifications/settings", body.build().toString());
    }

    private static JsonObject notifications(String user) {
        HttpResponse<String> page = Work.get(user, "/api/account/notifications");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Api.object(page);
    }

    private static List<JsonObject> about(String user, String reference, String kind) {
        return notifications(user).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(n -> kind.equals(n.getString("kind")))
                .filter(n -> reference.equals(n.getJsonObject("params").getString("reference", null))).toList();
    }

    /** Whether the property is missing or null (the API leaves out what has no value). */
    private static boolean absent(JsonObject object, String property) {
        return object.get(property) == null || object.get(property).getValueType() == JsonValue.ValueType.NULL;
    }

    private static List<String> fields(HttpResponse<String> refused) {
        return Api.object(refused).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    void anEmployeeSetsAndClearsTheirOwnAddressWhichIsCheckedAndAuditedWithoutIt() {
        String employee = TestBranch.openRoundTheClock("NTS", "Chantilly Notified Settings", "DACH").staff("FRONTLINE");
        assertThat(absent(Api.object(Work.get(employee, "/api/account/notifications/settings")), "email")).isTrue();

        HttpResponse<String> notAnAddress = mailSettings(employee, "not an address", true);
        assertThat(notAnAddress.statusCode()).as(notAnAddress.body()).isEqualTo(400);
        assertThat(fields(notAnAddress)).containsExactly("email");
        assertThat(fields(mailSettings(employee, "nts@chantilly.test", null))).containsExactly("mailNotifications");

        HttpResponse<String> saved = mailSettings(employee, " nts@chantilly.test ", true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject settings = Api.object(Work.get(employee, "/api/account/notifications/settings"));
        assertThat(settings.getString("email")).isEqualTo("nts@chantilly.test");
        assertThat(settings.getBoolean("mailNotifications")).isTrue();

        assertThat(mailSettings(employee, null, false).statusCode()).isEqualTo(200);
        settings = Api.object(Work.get(employee, "/api/account/notifications/settings"));
        assertThat(absent(settings, "email")).isTrue();
        assertThat(settings.getBoolean("mailNotifications")).isFalse();

        List<JsonObject> audited = Api.array(Api.get("auditor", "/api/audit/records?objectType=USER&objectId=" + employee))
                .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("action").equals("MAIL_SETTINGS_CHANGED"))
                .toList();
        assertThat(audited).hasSize(2).allSatisfy(r -> assertThat(r.getString("actor")).isEqualTo(employee))
                .noneSatisfy(r -> assertThat(r.toString()).contains("nts@chantilly.test"));
        assertThat(audited).anySatisfy(r -> assertThat(r.getString("after")).contains("\"hasEmail\":true",
                "\"emailChanged\":true"));
        // the operators' account is told nothing
        assertThat(Api.get("metrics", "/api/account/notifications").statusCode()).isEqualTo(403);
    }

    @Test
    void aTaskAssignedToAnEmployeeWithAnAddressReachesThemByMailAndInTheirList() {
        TestBranch branch = TestBranch.openRoundTheClock("NTF", "Chantilly Notified", "DACH");
        String frontline = branch.staff("FRONTLINE");
        String supervisor = branch.staff("SUPERVISOR");
        String address = "ntf-frontline@chantilly.test";
        assertThat(mailSettings(frontline, address, true).statusCode()).isEqualTo(200);
        long unreadBefore = notifications(frontline).getJsonNumber("unread").longValue();

        String reference = Work.file(frontline, Api.complaint("NTF", "PHONE", CUSTOMER, null, PHONE,
                "The blender is louder than a jet."));
        JsonObject task = Work.taskOf(supervisor, reference, "Task_DecideComplaint");
        HttpResponse<String> assigned = Work.post(supervisor, "/api/tasks/" + task.getString("id") + "/assign",
                Json.createObjectBuilder().add("assignee", frontline).build().toString());
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);

        MimeMessage mail = TestMailServer.awaitMessageTo(address, reference, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no mail to " + address + " about " + reference));
        String text = TestMailServer.text(mail);
        assertThat(TestMailServer.subject(mail)).contains(reference);
        assertThat(text).contains(supervisor + " assigned you a task on complaint " + reference,
                Api.BASE.resolve("/console/complaints/view.xhtml?ref=" + reference).toString(),
                "/console/account/notifications.xhtml")
                .doesNotContain(CUSTOMER, PHONE, "blender");

        JsonObject mine = notifications(frontline);
        assertThat(mine.getJsonNumber("unread").longValue()).isEqualTo(unreadBefore + 1);
        JsonObject notification = about(frontline, reference, "TASK_ASSIGNED").get(0);
        assertThat(notification.getJsonObject("params").getString("by")).isEqualTo(supervisor);
        assertThat(notification.getString("link")).isEqualTo("complaints/view.xhtml?ref=" + reference);
        assertThat(notification.getString("text")).contains(reference);
        assertThat(notification.toString()).doesNotContain(CUSTOMER, PHONE);
        assertThat(absent(notification, "readAt")).isTrue();

        // nobody but the employee marks it read; then the count drops
        String read = "/api/account/notifications/" + notification.getJsonNumber("id") + "/read";
        assertThat(Api.send(Work.as(supervisor, read).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(404);
        assertThat(Api.send(Work.as(frontline, read).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(204);
        assertThat(notifications(frontline).getJsonNumber("unread").longValue()).isEqualTo(unreadBefore);
        assertThat(absent(about(frontline, reference, "TASK_ASSIGNED").get(0), "readAt")).isFalse();
        assertThat(Work.get(frontline, "/api/account/notifications?unread=maybe").statusCode()).isEqualTo(400);
        // the supervisor, without an address, got no mail at all
        assertThat(TestMailServer.messagesTo("ntf-supervisor@chantilly.test")).isEmpty();
    }

    @Test
    void aTierReminderReachesTheGroupWhileNobodyHoldsTheTaskAndAnAdministratorsAddressIsUsed() {
        TestBranch branch = TestBranch.openRoundTheClock("NTR", "Chantilly Reminded", "DACH");
        String frontline = branch.staff("FRONTLINE");
        String supervisor = branch.staff("SUPERVISOR");
        String address = "ntr-supervisor@chantilly.test";
        // the administrator gives the supervisor an address; mail is the supervisor's own choice, on by default
        HttpResponse<String> changed = put("admin", "/api/admin/staff/" + supervisor, Json.createObjectBuilder()
                .add("login", supervisor).add("name", "NTR SUPERVISOR").add("role", "SUPERVISOR").add("branchCode", "NTR")
                .add("language", "en").add("email", address).build().toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Api.object(changed).getString("email")).isEqualTo(address);
        HttpResponse<String> wrong = put("admin", "/api/admin/staff/" + supervisor, Json.createObjectBuilder()
                .add("login", supervisor).add("name", "NTR SUPERVISOR").add("role", "SUPERVISOR").add("branchCode", "NTR")
                .add("language", "en").add("email", "two words@chantilly.test").build().toString());
        assertThat(fields(wrong)).containsExactly("email");

        String reference = Work.file(frontline, Api.complaint("NTR", "SMS", CUSTOMER, null, PHONE,
                "My parcel went to the moon."));
        Work.complete(frontline, Work.taskOf(frontline, reference, "Task_DecideComplaint"),
                "{\"decision\":\"ESCALATE\",\"reason\":\"Delivery problems are the supervisor's.\"}");
        Work.taskOf(supervisor, reference, "Task_DecideComplaint");

        // the supervisor's deadline is 15 seconds, its reminder comes at three quarters of it
        List<JsonObject> reminded = Poll.until(() -> about(supervisor, reference, "DEADLINE_REMINDER"),
                found -> !found.isEmpty(), Duration.ofSeconds(90));
        assertThat(reminded).as("no reminder for " + supervisor + " on " + reference).singleElement().satisfies(n -> {
            assertThat(n.getJsonObject("params").getString("tier")).isEqualTo("SUPERVISOR");
            assertThat(n.getJsonObject("params").getString("due")).isNotBlank();
            assertThat(n.getString("text")).contains("supervisor decision on complaint " + reference);
            assertThat(n.toString()).doesNotContain(CUSTOMER, PHONE);
        });
        assertThat(about(frontline, reference, "DEADLINE_REMINDER")).as("not the frontline's group").isEmpty();
        MimeMessage mail = TestMailServer.awaitMessageTo(address, reference, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no reminder mail to " + address));
        assertThat(TestMailServer.text(mail)).contains("Reminder: the supervisor decision on complaint " + reference)
                .doesNotContain(CUSTOMER, PHONE, "moon");
    }
}
