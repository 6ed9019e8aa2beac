package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.audit.AuditChain;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A complaint resolved on the spot gives an evidence pack that stands on its own: its checksums hold, every audit
 * record's hash can be recomputed from the record, each links into the chain, and the handbook version and the
 * signature of the employee who resolved it are in it.
 */
@ArquillianTest
@RunAsClient
class EvidencePackIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static String resolvedOnTheSpot() {
        Api.signHandbook("frontline", Api.demoPassword("frontline"));
        HttpResponse<String> filed = postJson("frontline", "/api/complaints",
                complaint("HAM", "IN_PERSON", "Hedda Evidence", null, null, "The scarf's colour ran."));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = object(filed).getString("reference");
        String task = Api.items(get("frontline", "/api/tasks?complaint=" + reference)).stream()
                .map(JsonValue::asJsonObject).findFirst().orElseThrow().getString("id");
        HttpResponse<String> resolved = postJson("frontline", "/api/tasks/" + task + "/complete",
                "{\"decision\":\"RESOLVE\",\"remedy\":\"APOLOGY\",\"saidToCustomer\":\"We apologise for the scarf.\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(204);
        return reference;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static JsonStructure json(byte[] content) {
        return Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8))).read();
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void theEvidencePackOfAComplaintStandsOnItsOwn() throws Exception {
        String reference = resolvedOnTheSpot();

        HttpResponse<byte[]> response = Api.sendBytes(Api.as("auditor", "/api/processes/" + reference + "/evidence").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("evidence-" + reference);
        Map<String, byte[]> files = unzip(response.body());
        assertThat(files).containsKeys("complaint.json", "timeline.json", "handling-record.json", "audit/records.json",
                "audit/chain-proof.json", "signatures.json", "manifest.json", "SHA256SUMS");

        // every file's checksum, as sha256sum -c would check it
        String[] sums = new String(files.get("SHA256SUMS"), StandardCharsets.US_ASCII).split("\n");
        assertThat(sums).hasSize(files.size() - 1);
        for (String line : sums) {
            String[] parts = line.split("  ", 2);
            assertThat(sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }

        JsonObject complaint = json(files.get("complaint.json")).asJsonObject();
        assertThat(complaint.getString("reference")).isEqualTo(reference);

        // every audit record recomputes to its hash and is held by the next record in the chain
        JsonArray records = json(files.get("audit/records.json")).asJsonArray();
        assertThat(records.stream().map(r -> r.asJsonObject().getString("action")))
                .contains("COMPLAINT_RECEIVED", "TASK_COMPLETED", "REMEDY_PROPOSED", "REMEDY_GRANTED");
        for (JsonValue value : records) {
            JsonObject r = value.asJsonObject();
            AuditRecord record = new AuditRecord(r.getJsonNumber("sequence").longValue(),
                    Instant.parse(r.getString("recordedAt")), r.getString("actor"), r.getString("action"),
                    r.getString("objectType"), r.getString("objectId"), r.getString("complaintReference", null),
                    r.getString("before"), r.getString("after"), r.getString("previousHash"), r.getString("hash"));
            assertThat(AuditChain.hash(record)).as("record " + record.sequence()).isEqualTo(record.hash());
        }
        JsonObject proof = json(files.get("audit/chain-proof.json")).asJsonObject();
        assertThat(proof.getJsonObject("verification").getBoolean("intact")).isTrue();
        assertThat(proof.getJsonArray("links")).hasSameSizeAs(records).allSatisfy(link -> {
            JsonObject l = link.asJsonObject();
            if (l.containsKey("nextSequence")) {
                assertThat(l.getString("nextPreviousHash")).isEqualTo(l.getString("hash"));
            }
        });

        // the handbook version the remedy was decided under, and the resolver's signature of it
        JsonArray resolutions = json(files.get("handling-record.json")).asJsonObject().getJsonArray("resolutions");
        String version = resolutions.getJsonObject(0).getString("policyVersion");
        assertThat(files).containsKeys("handbook/version-" + version + ".html", "handbook/version-" + version + "-policy.json");
        assertThat(json(files.get("signatures.json")).asJsonObject().getJsonArray("frontline").stream()
                .map(s -> String.valueOf(s.asJsonObject().getInt("version")))).contains(version);
        JsonObject manifest = json(files.get("manifest.json")).asJsonObject();
        assertThat(manifest.getString("generatedBy")).isEqualTo("auditor");
        assertThat(manifest.getString("chainHeadHash")).hasSize(64);
    }

    @Test
    void manyPacksAtOnceDoNotStarveTheServer() {
        String reference = resolvedOnTheSpot();
        List<CompletableFuture<HttpResponse<String>>> packs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            packs.add(Api.sendAsync(Api.as("supervisor", "/api/processes/" + reference + "/evidence").GET()));
        }
        // the rest of the server keeps answering while the packs are built
        HttpResponse<String> meanwhile = get("frontline", "/api/tasks");
        List<HttpResponse<String>> answers = packs.stream().map(CompletableFuture::join)
                .toList();
        assertThat(meanwhile.statusCode()).isEqualTo(200);
        assertThat(answers).extracting(HttpResponse::statusCode).as("built, or a clear 429; never a 503")
                .allMatch(status -> status == 200 || status == 429).contains(200);
        answers.stream().filter(answer -> answer.statusCode() == 429).forEach(busy -> {
            assertThat(busy.headers().firstValue("Retry-After")).isPresent();
            assertThat(object(busy).getString("type")).endsWith("/too-many-requests");
        });
    }

    @Test
    void packsShareOneRecentWalkOfTheChain() throws Exception {
        String reference = resolvedOnTheSpot();
        String[] verifiedAt = new String[2];
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> pack = Api.sendBytes(Api.as("auditor", "/api/processes/" + reference + "/evidence").GET());
            assertThat(pack.statusCode()).isEqualTo(200);
            JsonObject verification = json(unzip(pack.body()).get("audit/chain-proof.json")).asJsonObject()
                    .getJsonObject("verification");
            assertThat(verification.getBoolean("intact")).isTrue();
            verifiedAt[i] = verification.getString("verifiedAt");
        }
        assertThat(verifiedAt[1]).as("the second pack reuses the first one's verification").isEqualTo(verifiedAt[0]);
    }

    @Test
    void theEvidencePackStaysInItsBranchAndIsNotTheFrontlinesToTake() {
        String reference = resolvedOnTheSpot();
        assertThat(Api.sendBytes(Api.as("supervisor-sto", "/api/processes/" + reference + "/evidence").GET())
                .statusCode()).isEqualTo(404);
        assertThat(Api.sendBytes(Api.as("frontline", "/api/processes/" + reference + "/evidence").GET())
                .statusCode()).isEqualTo(403);
        assertThat(Api.sendBytes(Api.as("supervisor", "/api/processes/" + reference + "/evidence").GET())
                .statusCode()).isEqualTo(200);
    }
}
