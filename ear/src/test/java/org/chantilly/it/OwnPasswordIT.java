package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
 * Item 8 of "Security hardening": employees change their own password (the current one checked, the policy applied,
 * audited), a password an administrator set must be changed before the account may do anything else, and a password
 * checked again (changing it, signing the handbook) is checked by the realm that checks logins, so a wrong one counts
 * as a failed login of the account.
 */
@ArquillianTest
@RunAsClient
class OwnPasswordIT {

    private static final String PASSWORD_CHANGE_REQUIRED = "https://chantilly.org/problems/password-change-required";
    private static final String ADMINISTRATORS = "set by the administrator";
    private static final String OWN = "Kaffee mit Zimt am Hafen";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    /** A frontline employee of HAM an administrator has just created, with {@link #ADMINISTRATORS} as password. */
    private static String created() {
        String login = "own-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = Api.postJson("admin", "/api/admin/staff", Json.createObjectBuilder()
                .add("login", login).add("name", "Own Password").add("role", "FRONTLINE").add("branchCode", "HAM")
                .add("language", "en").add("initialPassword", ADMINISTRATORS).build().toString());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return login;
    }

    private static HttpResponse<String> get(String login, String password, String path) {
        return Api.send(Api.as(login, password, path).GET());
    }

    private static HttpResponse<String> post(String login, String password, String path, String json) {
        return Api.send(Api.as(login, password, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A password change whose login (HTTP Basic) and current password (the body) may differ. */
    private static HttpResponse<String> change(String login, String loginPassword, String current, String fresh) {
        return post(login, loginPassword, "/api/account/password", Json.createObjectBuilder()
                .add("currentPassword", current).add("newPassword", fresh).build().toString());
    }

    private static List<String> fieldsOf(HttpResponse<String> refused) {
        return Api.object(refused).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static List<JsonObject> audited(String login) {
        return Api.array(Api.get("auditor", "/api/audit/records?objectType=USER&objectId=" + login)).stream()
                .map(JsonValue::asJsonObject).toList();
    }

    /** The values an audit record keeps after its change (stored as canonical JSON text). */
    private static JsonObject after(JsonObject record) {
        try (JsonReader reader = Json.createReader(new StringReader(record.getString("after")))) {
            return reader.readObject();
        }
    }

    private static void assertChangeRequired(HttpResponse<String> refused) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Api.object(refused).getString("type")).isEqualTo(PASSWORD_CHANGE_REQUIRED);
        assertThat(Api.object(refused).getString("detail")).contains("/api/account/password");
    }

    @Test
    void anAccountAnAdministratorCreatedMayDoNothingButChangeItsPasswordUntilItHas() {
        String login = created();
        assertChangeRequired(get(login, ADMINISTRATORS, "/api/tasks"));
        assertChangeRequired(get(login, ADMINISTRATORS, "/api/handbook/in-force"));
        assertChangeRequired(get(login, ADMINISTRATORS, "/api/complaints/HAM-2026-000001"));
        assertChangeRequired(post(login, ADMINISTRATORS, "/api/complaints",
                Api.complaint("HAM", "IN_PERSON", "Kundin", null, null, "Filed before the password was changed.")));
        assertThat(get(login, "not the password", "/api/tasks").statusCode()).as("no login, no hint").isEqualTo(401);

        // the password policy applies, and the new password is not the administrator's again
        HttpResponse<String> common = Api.changePassword(login, ADMINISTRATORS, "Password2026!");
        assertThat(common.statusCode()).as(common.body()).isEqualTo(400);
        assertThat(fieldsOf(common)).containsExactly("newPassword");
        HttpResponse<String> same = Api.changePassword(login, ADMINISTRATORS, ADMINISTRATORS);
        assertThat(same.statusCode()).as(same.body()).isEqualTo(400);
        assertThat(same.body()).contains("must differ from your current password");
        HttpResponse<String> nothing = post(login, ADMINISTRATORS, "/api/account/password", "{}");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(fieldsOf(nothing)).contains("currentPassword", "newPassword");
        assertChangeRequired(get(login, ADMINISTRATORS, "/api/tasks"));

        HttpResponse<String> changed = Api.changePassword(login, ADMINISTRATORS, OWN);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(get(login, OWN, "/api/tasks").statusCode()).isEqualTo(200);
        assertThat(get(login, ADMINISTRATORS, "/api/tasks").statusCode()).as("the old password").isEqualTo(401);

        List<JsonObject> records = audited(login);
        assertThat(records).extracting(r -> r.getString("action")).contains("USER_CREATED", "PASSWORD_CHANGED");
        JsonObject passwordChanged = records.stream().filter(r -> r.getString("action").equals("PASSWORD_CHANGED"))
                .findFirst().orElseThrow();
        assertThat(passwordChanged.getString("actor")).isEqualTo(login);
        assertThat(passwordChanged.toString()).contains("passwordChangeRequired");
        assertThat(records.toString()).doesNotContain(ADMINISTRATORS, OWN, "Password2026!");
    }

    @Test
    void anAdministratorsResetRequiresTheChangeAgain() {
        String login = created();
        Api.firstPassword(login, ADMINISTRATORS, OWN);
        assertThat(get(login, OWN, "/api/tasks").statusCode()).isEqualTo(200);

        String reset = "reset by the administrator";
        HttpResponse<String> resetting = Api.postJson("admin", "/api/admin/staff/" + login + "/password",
                Json.createObjectBuilder().add("password", reset).build().toString());
        assertThat(resetting.statusCode()).as(resetting.body()).isEqualTo(200);
        assertThat(get(login, OWN, "/api/tasks").statusCode()).isEqualTo(401);
        assertChangeRequired(get(login, reset, "/api/tasks"));
        assertThat(audited(login)).filteredOn(r -> r.getString("action").equals("PASSWORD_RESET")).singleElement()
                .satisfies(r -> assertThat(after(r).getBoolean("passwordChangeRequired")).isTrue());

        String mine = "Zimtschnecken am Sonntagmorgen";
        Api.firstPassword(login, reset, mine);
        assertThat(get(login, mine, "/api/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountedAsAFailedLogin() {
        String login = created();
        Api.firstPassword(login, ADMINISTRATORS, OWN);

        HttpResponse<String> wrong = change(login, OWN, "not my password", "Lanterns over the quiet harbour");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(fieldsOf(wrong)).containsExactly("currentPassword");
        assertThat(get(login, OWN, "/api/tasks").statusCode()).as("unchanged").isEqualTo(200);
        assertThat(get(login, "Lanterns over the quiet harbour", "/api/tasks").statusCode()).isEqualTo(401);

        assertCountedAsAFailedRecheck(login, "not my password");
    }

    @Test
    void aWrongPasswordAtSigningIsCountedAsAFailedLogin() {
        String login = created();
        Api.firstPassword(login, ADMINISTRATORS, OWN);

        HttpResponse<String> wrong = post(login, OWN, "/api/handbook/versions/" + Api.handbookInForce() + "/signatures",
                "{\"password\":\"not my password\",\"language\":\"en\"}");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(fieldsOf(wrong)).containsExactly("password");

        assertCountedAsAFailedRecheck(login, "not my password");
        Api.signHandbook(login, OWN);
    }

    private static boolean isFailedRecheck(JsonObject record) {
        return record.getString("action").equals("LOGIN_FAILED") && "RECHECK".equals(after(record).getString("via", null));
    }

    /**
     * The realm that checks logins saw the wrong password of a logged-in employee and counted it: it becomes a
     * {@code LOGIN_FAILED} record of the account (the realm queues it, the application audits it within seconds),
     * the way in {@code RECHECK}, never the password.
     */
    private static void assertCountedAsAFailedRecheck(String login, String wrongPassword) {
        List<JsonObject> records = Poll.until(() -> audited(login),
                found -> found.stream().anyMatch(OwnPasswordIT::isFailedRecheck), Duration.ofSeconds(60));
        assertThat(records).filteredOn(OwnPasswordIT::isFailedRecheck).singleElement().satisfies(r -> {
            assertThat(after(r).getString("reason")).isEqualTo("WRONG_PASSWORD");
            assertThat(after(r).getInt("failuresInARow")).isEqualTo(1);
        });
        assertThat(records.toString()).doesNotContain(wrongPassword);
    }
}
