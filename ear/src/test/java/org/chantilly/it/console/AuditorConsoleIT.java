package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.json.Json;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.TestDatabase;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The auditor at work in a real browser: the compliance report of a branch of the test's own (three complaints: one
 * resolved on the spot, one with a remedy beyond the frontline's limit written straight into the database, one left
 * open) with its figures, charts and exceptions, the CSV and a complaint's evidence pack downloaded, and the audit
 * chain verified.
 */
@ArquillianTest
@RunAsClient
class AuditorConsoleIT extends BrowserTest {

    private static final String BRANCH = "AUDC";
    private static final String BRANCH_NAME = "Chantilly Auditor Console Lab";
    private static final String FRONTLINE = "audc-frontline";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String onTheSpot;
    private static String beyondLimit;


    @BeforeAll
    static void seedABranchAndStartTheBrowser() {
        TestBranch lab = TestBranch.openRoundTheClock(BRANCH, BRANCH_NAME, "AUDITC");
        lab.staff("FRONTLINE");
        Api.signHandbook(FRONTLINE, TestBranch.PASSWORD);

        onTheSpot = file("IN_PERSON", "The kettle's lid does not close.");
        Work.complete(FRONTLINE, Work.taskOf(FRONTLINE, onTheSpot, "Task_DecideComplaint"), Json.createObjectBuilder()
                .add("decision", "RESOLVE").add("remedy", "REPLACEMENT").add("saidToCustomer", "A new kettle, now.")
                .add("receiptPresented", true)
                .add("amount", Json.createObjectBuilder().add("amount", "24.90").add("currency", "EUR"))
                .build().toString());

        file("PHONE", "Nobody called back about the oven.");

        beyondLimit = file("IN_PERSON", "The sofa's leg broke off.");
        int version = Api.handbookInForce();
        assertThat(TestDatabase.update("insert into wf_resolution (complaint_reference, tier, remedy, amount, currency, "
                        + "said_to_customer, proposed_by, proposed_at, status, policy_version, policy_applied, resolved_at) "
                        + "values (?, 'FRONTLINE', 'REFUND', 450.00, 'EUR', 'Refunded in cash.', ?, current_timestamp, "
                        + "'RESOLVED', ?, ?, current_timestamp)", beyondLimit, FRONTLINE, String.valueOf(version),
                "handbook " + version + "; limit 200.0 EUR; receipt required true; receipt presented true; "
                        + "handbook signed true")).isEqualTo(1);
    }

    @Test
    void anAuditorReadsTheReportDownloadsItAndAnEvidencePackAndVerifiesTheChain() throws IOException {
        Page page = console.loggedIn("auditor", Work.passwordOf("auditor"));
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Compliance report")).click();
        assertThat(page.locator("h1")).hasText("Compliance report");

        page.getByLabel("From (date received)").fill(TODAY.minusDays(1).toString());
        page.getByLabel("To (date received)").fill(TODAY.plusDays(1).toString());
        page.getByLabel(BRANCH + " – " + BRANCH_NAME).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the report")).click();

        Locator figures = page.locator("#figures");
        assertThat(figures).isVisible();
        assertThat(figures.locator("thead th")).containsText(new String[] {"Figure", "All", BRANCH});
        assertThat(row(figures, "Complaints received").locator("td")).hasText(new String[] {"3", "3"});
        assertThat(row(figures, "Remedies beyond authority").locator("td")).hasText(new String[] {"1", "1"});
        assertThat(row(figures, "Complaints still open").locator("td").first()).hasText("2");

        assertThat(page.locator(".ui-chart canvas")).hasCount(4);
        page.waitForFunction("() => window.Chart && [...document.querySelectorAll('.ui-chart canvas')]"
                + ".every(canvas => Chart.getChart(canvas) && canvas.width > 0)");

        Locator exception = page.locator("#exceptionsForm\\:exceptions tbody tr")
                .filter(new Locator.FilterOptions().setHasText(beyondLimit));
        assertThat(exception).containsText("Beyond authority");
        assertThat(exception.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(beyondLimit)))
                .hasAttribute("href", "/console/complaints/view.xhtml?ref=" + beyondLimit);

        Console.assertAccessible(page, "auditor-report");
        Console.screenshot(page, "auditor-report");

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download CSV")).click());
        assertThat(csv.suggestedFilename()).isEqualTo("compliance-" + TODAY.minusDays(1) + "-" + TODAY.plusDays(1) + ".csv");
        String content = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(content).startsWith("figure,ALL," + BRANCH + "\r\nreceived,3,3\r\n")
                .contains("\r\nexception,branch,complaint,tier,employee,detail\r\n",
                        "OUT_OF_AUTHORITY," + BRANCH + "," + beyondLimit);
        assertThat(page.locator("#csvStatus")).hasText("The download is ready.");

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reference")).fill("AUDC-1999-999999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the evidence pack")).click();
        assertThat(page.locator("#evidence .ui-message-error")).containsText("There is no complaint with that reference");

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reference")).fill(onTheSpot);
        Download pack = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download the evidence pack")).click());
        assertThat(pack.suggestedFilename()).isEqualTo("evidence-" + onTheSpot + ".zip");
        byte[] zip = Files.readAllBytes(pack.path());
        assertThat(zip).startsWith(new byte[] {'P', 'K', 3, 4});
        assertThat(page.locator("#packStatus")).hasText("The download is ready.");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Audit trail")).click();
        assertThat(page.locator("h1")).hasText("Audit trail");
        assertThat(page.locator("#recordsForm\\:records tbody tr").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain now")).click();
        assertThat(page.locator("#verdict")).containsText("The chain is intact",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(page.locator("#headHash")).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{64}$"));
        Console.assertAccessible(page, "auditor-chain");
        Console.screenshot(page, "auditor-chain");

        console.assertNoScriptErrors();
    }

    private static Locator row(Locator table, String figure) {
        return table.locator("tbody tr").filter(new Locator.FilterOptions().setHas(
                table.page().locator("th", new Page.LocatorOptions().setHasText(figure))));
    }

    private static String file(String channel, String description) {
        return Work.file(FRONTLINE, Api.complaint(BRANCH, channel, "Customer " + channel, null,
                "PHONE".equals(channel) ? "+49 40 555 0190" : null, description));
    }
}
