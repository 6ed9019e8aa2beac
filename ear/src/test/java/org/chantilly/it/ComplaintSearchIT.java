package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.customer;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.chantilly.it.support.ChantillyEar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Finding complaints: filters, free text, sorting, paging with a total, branch scope. */
@ArquillianTest
@RunAsClient
class ComplaintSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static String file(String user, String branch, String channel, String severity, String description) {
        String json = complaint(branch, channel, customer("Search Person", "s@example.org", "+49 40 555", null), description)
                .add("severity", severity).add("category", "WAITING_TIME").build().toString();
        HttpResponse<String> response = postJson(user, "/api/complaints", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return object(response).getString("reference");
    }

    private static JsonObject search(String user, String query) {
        HttpResponse<String> response = get(user, "/api/complaints?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("reference")).toList();
    }

    @Test
    void findsByWordsFiltersAndPages() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String a = file("frontline", "HAM", "PHONE", "LOW", "Queue too long " + word);
        String b = file("frontline", "HAM", "EMAIL", "CRITICAL", "Nobody at the till " + word);
        String c = file("frontline", "HAM", "PHONE", "HIGH", "Waited 40 minutes " + word.toUpperCase());

        JsonObject all = search("frontline", "q=" + word + "&size=2&sort=RECEIVED_AT_ASC");
        assertThat(all.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(all.getBoolean("totalExact")).as("counted exactly up to 10,000").isTrue();
        assertThat(references(all)).containsExactly(a, b);
        assertThat(references(search("frontline", "q=" + word + "&size=2&page=1&sort=RECEIVED_AT_ASC"))).containsExactly(c);

        assertThat(references(search("frontline", "q=" + word + "&channel=PHONE&sort=RECEIVED_AT_ASC"))).containsExactly(a, c);
        assertThat(references(search("frontline", "q=" + word + "&sort=SEVERITY_DESC"))).containsExactly(b, c, a);
        assertThat(references(search("frontline", "q=" + a))).containsExactly(a);
        assertThat(search("frontline", "q=" + word + "&severity=MEDIUM").getJsonNumber("total").longValue()).isZero();
        assertThat(search("frontline", "q=" + word + "&category=WAITING_TIME&receivedFrom=2000-01-01T00:00:00Z")
                .getJsonNumber("total").longValue()).isEqualTo(3);
    }

    @Test
    void findsOnlyInTheCallersBranches() {
        String word = "zs" + UUID.randomUUID().toString().substring(0, 6);
        String ham = file("frontline", "HAM", "IN_PERSON", "LOW", word);
        String sto = file("frontline-sto", "STO", "IN_PERSON", "LOW", word);

        assertThat(references(search("frontline", "q=" + word))).containsExactly(ham);
        // another branch as a filter is a 404, as the branch's complaints are (and an unknown branch alike)
        HttpResponse<String> otherBranch = get("frontline-sto", "/api/complaints?q=" + word + "&branch=HAM");
        assertThat(otherBranch.statusCode()).as(otherBranch.body()).isEqualTo(404);
        assertThat(get("auditor", "/api/complaints?branch=NOPE").statusCode()).isEqualTo(404);
        assertThat(references(search("manager-nordics", "q=" + word))).containsExactly(sto);
        assertThat(references(search("auditor", "q=" + word + "&sort=RECEIVED_AT_ASC"))).containsExactly(ham, sto);
        assertThat(references(search("auditor", "q=" + word + "&branch=STO"))).containsExactly(sto);
    }

    @Test
    void wildcardsAndHostileTextAreJustText() {
        String word = "zw" + UUID.randomUUID().toString().substring(0, 6);
        file("frontline", "HAM", "IN_PERSON", "LOW", "100% broken_" + word);
        assertThat(search("frontline", "q=" + URLEncoder.encode("%", StandardCharsets.UTF_8) + word)
                .getJsonNumber("total").longValue()).isZero();
        assertThat(search("frontline", "q=" + URLEncoder.encode("100% broken_" + word, StandardCharsets.UTF_8))
                .getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(search("frontline", "q=" + URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8))
                .getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void wrongParametersAreEachNamed() {
        HttpResponse<String> response = get("frontline", "/api/complaints?status=OPEN&size=1000&receivedFrom=yesterday");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("status", "size", "receivedFrom");
    }
}
