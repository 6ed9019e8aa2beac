package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.array;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

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
 * Accounts: the password policy, the delays after repeated failed logins on every way in (API, console, signing;
 * audited without a flood), the administrator's reset, and a deactivated employee's tasks going back to their group.
 */
@ArquillianTest
@RunAsClient
class AccountSecurityIT {

    private static final String PASSWORD = "Kaffee mit Zimt am Hafen";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    /** A new employee who has replaced the administrator's initial password with {@code password}. */
    private static String newFrontline(String password) {
        String login = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = postJson("admin", "/api/admin/staff", staff(login, "the administrator's first one"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Api.firstPassword(login, "the administrator's first one", password);
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

    /** Somewhere else than the test client: the test client is a trusted proxy in the ITs (arquillian.xml). */
    private static String anotherAddress() {
        return "203.0.113." + (1 + new Random().nextInt(254));
    }

    private static int tasksFrom(String address, String login, String password) {
        return Api.send(Api.as(login, password, "/api/tasks").header("X-Forwarded-For", address).GET()).statusCode();
    }

    /** The audit records about the account once {@code done} holds for them (the queue is read every second). */
    private static List<JsonObject> auditedOnce(String login, Predicate<List<JsonObject>> done) {
        return org.chantilly.it.support.Poll.until(() -> array(get("auditor",
                        "/api/audit/records?objectType=USER&objectId=" + login)).stream().map(JsonValue::asJsonObject)
                .toList(), done, Duration.ofSeconds(20));
    }

    private static List<JsonObject> actions(List<JsonObject> records, String action) {
        return records.stream().filter(r -> action.equals(r.getString("action"))).toList();
    }

    private static void waitOut(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Five wrong passwords make their address wait (3 s in the ITs) before the next check, even of the right password;
     * the account works from elsewhere meanwhile. Each checked failure is one audit record, the start of the delays
     * another, and the attempts refused unchecked while waiting one record for the burst, never the address.
     */
    @Test
    void failedLoginsMakeTheirAddressWaitNotTheAccountAndTheAuditTrailIsNotFlooded() {
        String login = newFrontline(PASSWORD);
        String attacker = anotherAddress();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = Api.send(Api.as(login, "wrong password " + i, "/api/tasks")
                    .header("X-Forwarded-For", attacker).GET());
            assertThat(failed.statusCode()).isEqualTo(401);
            assertThat(failed.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        long delayed = System.nanoTime();
        assertThat(tasksFrom(attacker, login, PASSWORD)).as("the right password while its address waits")
                .isEqualTo(401);
        for (int i = 0; i < 10; i++) {
            assertThat(tasksFrom(attacker, login, "hammering " + i)).isEqualTo(401);
        }
        assertThat(tasksAs(login, PASSWORD)).as("the account from another address").isEqualTo(200);

        waitOut(Duration.ofMillis(3_500).minusNanos(System.nanoTime() - delayed));
        assertThat(tasksFrom(attacker, login, PASSWORD)).as("after the wait, from that address too").isEqualTo(200);

        List<JsonObject> audited = auditedOnce(login, records -> !actions(records, "LOGIN_ATTEMPTS_REFUSED").isEmpty());
        assertThat(actions(audited, "LOGIN_FAILED")).hasSize(5)
                .allSatisfy(r -> assertThat(r.getString("after")).contains("\"via\":\"API\"")
                        .contains("\"reason\":\"WRONG_PASSWORD\""));
        assertThat(actions(audited, "LOGIN_DELAYED")).hasSize(1);
        assertThat(actions(audited, "LOGIN_ATTEMPTS_REFUSED")).singleElement()
                .satisfies(r -> assertThat(r.getString("after")).contains("\"refused\":11"));
        assertThat(audited.toString()).doesNotContain("wrong password").doesNotContain("hammering")
                .doesNotContain(attacker);
    }

    @Test
    void anAdministratorsResetLiftsTheDelay() {
        String login = newFrontline(PASSWORD);
        String attacker = anotherAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(tasksFrom(attacker, login, "wrong password " + i)).isEqualTo(401);
        }
        assertThat(tasksFrom(attacker, login, PASSWORD)).isEqualTo(401);

        String fresh = "Ein ganz neues Passwort am Morgen";
        HttpResponse<String> reset = postJson("admin", "/api/admin/staff/" + login + "/password",
                Json.createObjectBuilder().add("password", fresh).build().toString());
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(tasksFrom(attacker, login, fresh)).as("logged in at once, the administrator's password to be "
                + "changed first").isEqualTo(403);
        assertThat(tasksAs(login, PASSWORD)).isEqualTo(401);
        assertThat(actions(auditedOnce(login, records -> !actions(records, "PASSWORD_RESET").isEmpty()),
                "PASSWORD_RESET")).singleElement().satisfies(r -> assertThat(r.getString("before"))
                .contains("delayedUntil"));
    }

    /** The console's form login, as a browser posts it, from an address; whether it logged in. */
    private static boolean consoleLogin(String address, String login, String password) {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        try {
            browser.send(HttpRequest.newBuilder(Api.BASE.resolve("/console/")).header("X-Forwarded-For", address)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            String form = "j_username=" + java.net.URLEncoder.encode(login, java.nio.charset.StandardCharsets.UTF_8)
                    + "&j_password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(
                            Api.BASE.resolve("/console/j_security_check")).header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() == 302 || posted.statusCode() == 303) {
                return !posted.headers().firstValue("Location").orElse("").contains("login");
            }
            assertThat(posted.body()).as("the login page says it failed").contains("id=\"failed\"");
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void failedConsoleLoginsAreCountedAndDelayedAsOnTheApi() {
        String login = newFrontline(PASSWORD);
        String attacker = anotherAddress();
        assertThat(consoleLogin(attacker, login, PASSWORD)).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(consoleLogin(attacker, login, "wrong password " + i)).isFalse();
        }
        assertThat(consoleLogin(attacker, login, PASSWORD)).as("the right password while its address waits").isFalse();
        assertThat(consoleLogin(anotherAddress(), login, PASSWORD)).as("from another address").isTrue();
        assertThat(actions(auditedOnce(login, records -> actions(records, "LOGIN_FAILED").size() >= 5), "LOGIN_FAILED"))
                .hasSize(5).allSatisfy(r -> assertThat(r.getString("after")).contains("\"via\":\"CONSOLE\""));
    }

    @Test
    void wrongPasswordsWhenSigningTheHandbookAreCountedAndDelayedToo() {
        String login = newFrontline(PASSWORD);
        String address = anotherAddress();
        String signatures = "/api/handbook/versions/" + Api.handbookInForce() + "/signatures";
        Function<String, Integer> sign = password -> Api.send(Api.as(login, PASSWORD, signatures)
                .header("X-Forwarded-For", address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("password", password)
                        .add("language", "de").build().toString()))).statusCode();
        for (int i = 0; i < 5; i++) {
            assertThat(sign.apply("wrong password " + i)).isEqualTo(400);
        }
        long delayed = System.nanoTime();
        assertThat(sign.apply(PASSWORD)).as("the right password while the re-check waits").isEqualTo(400);
        assertThat(tasksFrom(address, login, PASSWORD)).as("logins from there count apart").isEqualTo(200);

        waitOut(Duration.ofMillis(3_500).minusNanos(System.nanoTime() - delayed));
        assertThat(sign.apply(PASSWORD)).isEqualTo(201);
        List<JsonObject> audited = auditedOnce(login, records -> actions(records, "LOGIN_FAILED").size() >= 5
                && !actions(records, "LOGIN_DELAYED").isEmpty());
        assertThat(actions(audited, "LOGIN_FAILED")).hasSize(5)
                .allSatisfy(r -> assertThat(r.getString("after")).contains("\"via\":\"RECHECK\""));
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
        String task = Api.items(get("frontline", "/api/tasks?complaint=" + reference)).stream()
                .map(JsonValue::asJsonObject).findFirst().orElseThrow().getString("id");
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
