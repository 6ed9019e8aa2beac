package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.RefuseProcessStartPlugin;
import org.chantilly.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;

/**
 * The complaint and its process commit together: with an engine plugin that makes every process start fail, filing
 * a complaint answers 500 and leaves no complaint row, no reference number used and no process instance behind.
 */
@ArquillianTest
@RunAsClient
class IntakeAtomicityIT {

    @Deployment(testable = false)
    static EnterpriseArchive earWhoseProcessesCannotStart() {
        return ChantillyEar.builtWith(ShrinkWrap.create(JavaArchive.class, "refuse-process-start.jar")
                .addClass(RefuseProcessStartPlugin.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    @Test
    void whenTheProcessCannotStartNoComplaintRemains() {
        String customer = "Atomicity " + UUID.randomUUID();
        String lastNumber = "select coalesce(max(last_number), 0) from complaint_reference_counter where branch_code = ?";
        long numberBefore = TestDatabase.count(lastNumber, "HEL");
        long processesBefore = TestDatabase.count("select count(*) from ACT_HI_PROCINST");

        HttpResponse<String> response = postJson("frontline-hel", "/api/complaints",
                complaint("HEL", "IN_PERSON", customer, null, null, "The process must not start."));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(object(response).getString("type")).isEqualTo("https://chantilly.org/problems/internal");
        assertThat(response.body()).doesNotContain("refused for the atomicity test");
        assertThat(TestDatabase.count("select count(*) from complaint where customer_name = ?", customer)).isZero();
        assertThat(TestDatabase.count(lastNumber, "HEL")).as("no reference number used").isEqualTo(numberBefore);
        assertThat(TestDatabase.count("select count(*) from ACT_HI_PROCINST")).isEqualTo(processesBefore);
        assertThat(TestDatabase.count("select count(*) from complaint_event e join complaint c on c.id = e.complaint_id"
                + " where c.customer_name = ?", customer)).isZero();
    }
}
