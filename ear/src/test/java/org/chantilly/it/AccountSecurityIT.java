package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.array;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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

/**
 * Accounts: the password policy, the lock after repeated failed logins (audited), the administrator's reset, and a
 * deactivated employee's tasks going back to their group.
 */
@ArquillianTest
@RunAsClient
class AccountSecurityIT {

    private static final String PASSWORD = "Kaffee mit Zimt am Hafen";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static String newFrontline(String password) {
        String login = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = postJson("admin", "/api/admin/staff", staff(login, password));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return login;
    }

    private static String staff(String login, String password) {
        return Json.createObjectBuilder().add("login", login).add("name", "Test Account").add("role", "FRONTLINE")
                .add("branchCode", "HAM").add("language", "de").add("initialPassword", password).build().toString();
    }

    private static int tasksAs(String login, String password) {
        return Api.send(Api.as(login, password, "/api/tasks").GET()).statusCode();
    }

    private static String assigneeOf(String task) {
        HttpResponse<String> detail = get("supervisor", "/api/tasks/" + task);
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        return object(detail).getJsonObject("task").getString("assignee", null);
    }

    @Test
    void aPasswordMustBeLongAndNotACommonOne() {
        for (String weak : List.of("short", "Password2026!", "123456789012", "qwertyuiop12")) {
            HttpResponse<String> refused = postJson("admin", "/api/admin/staff",
                    staff("weak-" + UUID.randomUUID().toString().substring(0, 8), weak));
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(refused.body()).contains("initialPassword");
        }
        String login = newFrontline(PASSWORD);
        HttpResponse<String> reset = postJson("admin", "/api/admin/staff/" + login + "/password",
                "{\"password\":\"letmein!letmein!\"}");
        assertThat(reset.statusCode()).isEqualTo(400);
        assertThat(reset.body()).contains("\"password\"").contains("common");
        assertThat(tasksAs(login, PASSWORD)).isEqualTo(200);
    }

    @Test
    void repeatedFailedLoginsLockTheAccountUntilAnAdministratorResetsIt() {
        String login = newFrontline(PASSWORD);
        assertThat(tasksAs(login, PASSWORD)).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = Api.send(Api.as(login, "wrong password " + i, "/api/tasks").GET());
            assertThat(failed.statusCode()).isEqualTo(401);
            assertThat(failed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(tasksAs(login, PASSWORD)).as("locked, even with the right password").isEqualTo(401);

        List<JsonObject> audited = array(get("auditor", "/api/audit/records?objectType=USER&objectId=" + login))
                .stream().map(JsonValue::asJsonObject).toList();
        assertThat(audited).extracting(r -> r.getString("action"))
                .contains("USER_CREATED", "LOGIN_FAILED", "ACCOUNT_LOCKED");
        assertThat(audited.toString()).doesNotContain("wrong password");

        String fresh = "Ein ganz neues Passwort am Morgen";
        HttpResponse<String> reset = postJson("admin", "/api/admin/staff/" + login + "/password",
                Json.createObjectBuilder().add("password", fresh).build().toString());
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(tasksAs(login, fresh)).isEqualTo(200);
        assertThat(tasksAs(login, PASSWORD)).isEqualTo(401);
    }

    @Test
    void aSuccessfulLoginClearsTheFailuresBefore() {
        String login = newFrontline(PASSWORD);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(tasksAs(login, "not the password")).isEqualTo(401);
            }
            assertThat(tasksAs(login, PASSWORD)).as("round " + round).isEqualTo(200);
        }
    }

    @Test
    void aDeactivatedEmployeesTasksGoBackToTheirGroup() {
        String login = newFrontline(PASSWORD);
        HttpResponse<String> filed = Api.send(Api.as(login, PASSWORD, "/api/complaints")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Api.complaint("HAM", "IN_PERSON", "Kundin", null, null, "Falscher Preis an der Kasse."))));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = object(filed).getString("reference");
        String task = array(get("frontline", "/api/tasks")).stream().map(JsonValue::asJsonObject)
                .filter(t -> reference.equals(t.getString("complaintReference", null))).findFirst().orElseThrow()
                .getString("id");
        assertThat(Api.send(Api.as(login, PASSWORD, "/api/tasks/" + task + "/claim")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(assigneeOf(task)).isEqualTo(login);

        assertThat(postJson("admin", "/api/admin/staff/" + login + "/deactivate", "").statusCode()).isEqualTo(200);

        assertThat(assigneeOf(task)).as("back with the branch's frontline group").isNull();
        assertThat(postJson("frontline", "/api/tasks/" + task + "/claim", "").statusCode()).isEqualTo(204);
        assertThat(array(get("auditor", "/api/audit/records?objectType=TASK&objectId=" + task)).stream()
                .map(JsonValue::asJsonObject).map(r -> r.getString("action")))
                .contains("TASK_CLAIMED", "TASK_UNASSIGNED");
    }
}
