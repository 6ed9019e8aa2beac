package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** Administrators open branches and add, change and deactivate staff; nothing is deleted. */
@ArquillianTest
@RunAsClient
class OrganisationAdminIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @Test
    void anAdministratorOpensABranchAndStaffsIt() {
        String code = "T" + UUID.randomUUID().toString().replaceAll("[^A-Za-z]", "").toUpperCase().substring(0, 4);
        String branch = Json.createObjectBuilder().add("code", code).add("name", "Chantilly Malmö")
                .add("address", "Södergatan 1\n211 34 Malmö").add("countryCode", "SE").add("timeZone", "Europe/Stockholm")
                .add("region", "NORDICS").add("language", "sv")
                .add("businessHours", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", "MONDAY").add("opens", "10:00").add("closes", "18:00")))
                .add("publicHolidays", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("date", "2026-12-25").add("name", "Juldagen")))
                .build().toString();
        HttpResponse<String> opened = postJson("admin", "/api/admin/branches", branch);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(postJson("admin", "/api/admin/branches", branch).statusCode()).isEqualTo(409);

        String login = "clerk-" + code.toLowerCase();
        String staff = Json.createObjectBuilder().add("login", login).add("name", "Klara Clerk").add("role", "FRONTLINE")
                .add("branchCode", code).add("language", "sv").add("initialPassword", "a long enough password")
                .build().toString();
        HttpResponse<String> added = postJson("admin", "/api/admin/staff", staff);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        // what GET returns, PUT takes back unchanged: one shape both ways
        JsonObject read = object(Api.get("admin", "/api/admin/branches/" + code));
        assertThat(read.getJsonArray("businessHours").getJsonObject(0).getString("day")).isEqualTo("MONDAY");
        HttpResponse<String> sameBack = Api.send(Api.as("admin", "/api/admin/branches/" + code)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(read.toString())));
        assertThat(sameBack.statusCode()).as(sameBack.body()).isEqualTo(200);
        assertThat(object(sameBack)).isEqualTo(read);
        JsonObject readStaff = Api.array(Api.get("admin", "/api/admin/staff")).stream().map(JsonValue::asJsonObject)
                .filter(s -> login.equals(s.getString("login"))).findFirst().orElseThrow();
        HttpResponse<String> staffBack = Api.send(Api.as("admin", "/api/admin/staff/" + login)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(readStaff.toString())));
        assertThat(staffBack.statusCode()).as(staffBack.body()).isEqualTo(200);
        assertThat(object(staffBack)).isEqualTo(readStaff);
        // active is read only: it changes by deactivating
        HttpResponse<String> closing = Api.send(Api.as("admin", "/api/admin/branches/" + code)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder(read).add("active", false).build().toString())));
        assertThat(closing.statusCode()).isEqualTo(400);
        assertThat(object(closing).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("active");

        // the administrator's password is the employee's to replace before anything else
        Api.firstPassword(login, "a long enough password", "Klara's own password at the counter");
        HttpResponse<String> filed = Api.send(Api.as(login, "Klara's own password at the counter", "/api/complaints")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Api.complaint(code, "IN_PERSON", "Kund", null, null, "Fel pris"))));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(object(filed).getString("reference")).startsWith(code + "-");

        HttpResponse<String> deactivated = postJson("admin", "/api/admin/staff/" + login + "/deactivate", "");
        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(object(deactivated).getBoolean("active")).isFalse();
        assertThat(Api.send(Api.as(login, "Klara's own password at the counter", "/api/tasks").GET()).statusCode())
                .isEqualTo(401);

        HttpResponse<String> closed = postJson("admin", "/api/admin/branches/" + code + "/deactivate", "");
        assertThat(object(closed).getBoolean("active")).isFalse();
        assertThat(object(Api.get("admin", "/api/admin/branches/" + code)).getString("name")).isEqualTo("Chantilly Malmö");
    }

    @Test
    void staffRulesAndInputAreChecked() {
        HttpResponse<String> noBranch = postJson("admin", "/api/admin/staff", Json.createObjectBuilder()
                .add("login", "nobranch").add("name", "N").add("role", "FRONTLINE").add("language", "de")
                .add("initialPassword", "short").build().toString());
        assertThat(noBranch.statusCode()).isEqualTo(400);
        assertThat(object(noBranch).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("initialPassword");
        HttpResponse<String> badZone = postJson("admin", "/api/admin/branches", Json.createObjectBuilder()
                .add("code", "ZZZ").add("name", "x").add("address", "y").add("countryCode", "DE")
                .add("timeZone", "Mars/Olympus").add("region", "R").add("language", "de")
                .add("businessHours", Json.createArrayBuilder()).add("publicHolidays", Json.createArrayBuilder())
                .build().toString());
        assertThat(badZone.statusCode()).isEqualTo(400);
        assertThat(Api.get("frontline", "/api/admin/staff").statusCode()).isEqualTo(403);
    }
}
