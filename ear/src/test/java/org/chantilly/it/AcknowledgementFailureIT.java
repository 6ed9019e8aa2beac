package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Poll;
import org.chantilly.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A mail server that is down loses no complaint: the failed acknowledgement is visible and will be retried. */
@ArquillianTest
@RunAsClient
class AcknowledgementFailureIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @AfterEach
    void mailServerBackUp() {
        TestMailServer.start();
    }

    @Test
    void aFailedAcknowledgementIsVisibleAndTheComplaintKept() {
        TestMailServer.stop();
        HttpResponse<String> filed = postJson("frontline", "/api/complaints",
                complaint("HAM", "EMAIL", "Down Mailserver", "down@example.org", null, "The mail server is down."));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = object(filed).getString("reference");

        JsonObject complaint = Poll.until(() -> object(get("frontline", "/api/complaints/" + reference)),
                c -> "FAILED".equals(c.getJsonObject("acknowledgement").getString("status")), Duration.ofSeconds(60));
        assertThat(complaint.getJsonObject("acknowledgement").getString("status")).isEqualTo("FAILED");
        assertThat(complaint.getString("status")).isEqualTo("RECEIVED");
        assertThat(complaint.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("action")))
                .contains("RECEIVED", "ACKNOWLEDGEMENT_FAILED");
        assertThat(complaint.getJsonArray("history").stream()
                .filter(e -> e.asJsonObject().getString("action").equals("ACKNOWLEDGEMENT_FAILED"))
                .map(e -> e.asJsonObject().getString("details")).findFirst().orElseThrow())
                .contains("mail server");
        HttpResponse<String> audited = get("auditor", "/api/audit/records?complaint=" + reference);
        assertThat(Api.array(audited).stream().map(r -> r.asJsonObject().getString("action")))
                .contains("COMPLAINT_RECEIVED", "ACKNOWLEDGEMENT_FAILED");
        assertThat(audited.body()).doesNotContain("down@example.org");
    }
}
