package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A supervisor works an escalated complaint in the console: a frontline employee hands it over (through the API), the
 * supervisor finds it in the escalation queue, takes it, opens the complaint page, sees the process diagram with the
 * current step highlighted, resolves it within their limit and, once the customer is satisfied, decides the
 * employee's follow-up; then checks their staff's handbook signatures and holds the pre-shift briefing whose agenda
 * now has the follow-up's topic. Every page is checked with axe-core and photographed.
 */
@ArquillianTest
@RunAsClient
class SupervisorConsoleIT extends BrowserTest {

    /** A branch of this test's own, open round the clock in region DACH. */
    private static final String BRANCH = "SVCN";
    private static final String PASSWORD = TestBranch.PASSWORD;
    private static final String TOPIC = "Check the coffee grinders before opening.";
    private static final String RECOGNITION = "Stayed calm with an angry customer.";


    private static String frontline;
    private static String supervisor;

    @BeforeAll
    static void startBrowserAndOpenTheBranch() {
        TestBranch branch = TestBranch.openRoundTheClock(BRANCH, "Chantilly Console Desk", "DACH");
        frontline = branch.staff("FRONTLINE");
        supervisor = branch.staff("SUPERVISOR");
        Api.signHandbook(frontline, PASSWORD);
        Api.signHandbook(supervisor, PASSWORD);
    }


    /** The element is wholly in the diagram's view, its centre within a tenth of the view's size of the view's centre. */
    private static void assertCentred(Locator diagram, Locator element) {
        assertThat(element).isVisible();
        var view = diagram.boundingBox();
        var box = element.boundingBox();
        assertThat(box.x).as("left").isGreaterThanOrEqualTo(view.x);
        assertThat(box.y).as("top").isGreaterThanOrEqualTo(view.y);
        assertThat(box.x + box.width).as("right").isLessThanOrEqualTo(view.x + view.width);
        assertThat(box.y + box.height).as("bottom").isLessThanOrEqualTo(view.y + view.height);
        assertThat(Math.abs(box.x + box.width / 2 - (view.x + view.width / 2))).as("off the middle across")
                .isLessThanOrEqualTo(view.width / 10);
        assertThat(Math.abs(box.y + box.height / 2 - (view.y + view.height / 2))).as("off the middle down")
                .isLessThanOrEqualTo(view.height / 10);
    }

    @Test
    void aSupervisorResolvesAHandedOverComplaintAfterSeeingTheDiagramAndDecidesTheFollowUp() {
        String reference = Work.file(frontline, Api.complaint(BRANCH, "IN_PERSON", "Greta Console", null, null,
                "The coffee grinder I bought yesterday grinds unevenly."));
        Work.complete(frontline, Work.taskOf(frontline, reference, "Task_DecideComplaint"),
                "{\"decision\":\"ESCALATE\",\"reason\":\"The customer wants a refund above my limit.\"}");
        Work.taskOf(supervisor, reference, "Task_DecideComplaint");
        String limit = Api.object(Api.get("auditor", "/api/handbook/in-force")).getJsonObject("policy")
                .getString("limit.SUPERVISOR.REFUND");

        Page page = console.loggedIn(supervisor, PASSWORD);

        // the queue: the complaint is there, on time, offered to the branch's supervisors
        page.navigate(Console.BASE + "supervisor/queue.xhtml");
        assertThat(page.locator("h1")).hasText("Escalation queue");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("On time");
        assertThat(row).containsText("Nobody yet");
        Console.assertAccessible(page, "supervisor-queue");
        Console.screenshot(page, "supervisor-queue");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take it " + reference)).click();
        assertThat(page.getByText("You have taken " + reference + ".")).isVisible();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(reference))).containsText(BRANCH + " SUPERVISOR");

        // the complaint page: details, the diagram with the supervisor's tier as the current step, the path as text
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(page.locator("h1")).hasText("Complaint " + reference);
        assertThat(page.locator("#process-diagram")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#process-diagram g.djs-element.path-current[data-element-id='CallActivity_SupervisorTier']"))
                .hasCount(1);
        assertThat(page.locator("#process-diagram g.djs-element.path-visited[data-element-id='CallActivity_FrontlineTier']"))
                .hasCount(1);
        assertThat(page.locator(".path-list li.current")).not().hasCount(0);
        assertThat(page.locator("#current-task")).hasText("Decide the complaint");
        assertThat(page.locator(".limits")).containsText("Refund");
        // what the frontline decided and why it came up
        assertThat(page.locator("#earlier-decisions li")).hasCount(1);
        assertThat(page.locator("#earlier-decisions")).containsText("Frontline");
        assertThat(page.locator("#earlier-decisions")).containsText("ESCALATE");
        assertThat(page.locator("#earlier-decisions")).containsText("The customer wants a refund above my limit.");
        assertThat(page.getByText("The coffee grinder I bought yesterday grinds unevenly.")).isVisible();
        Console.assertAccessible(page, "complaint-page");
        Console.screenshot(page, "complaint-page");

        // the diagram opens zoomed to the path taken, the supervisor's tier in its middle at a readable scale
        Locator diagram = page.locator("#process-diagram");
        assertThat(diagram).hasAttribute("data-centred-on", Pattern.compile("\\bCallActivity_SupervisorTier\\b"));
        assertThat(Double.parseDouble(diagram.getAttribute("data-zoom"))).as("zoom").isGreaterThanOrEqualTo(0.85);
        assertCentred(diagram, diagram.locator("g.djs-element[data-element-id='CallActivity_SupervisorTier']"));
        assertThat(page.locator(".legend").first()).containsText("not reached");
        // a click on the tier opens the tier's own process: where the complaint waits in it, and the way back
        diagram.locator("g.djs-element[data-element-id='CallActivity_SupervisorTier']").click();
        Locator tier = page.locator(".diagram-panel:not(.is-hidden)");
        assertThat(tier.locator("h3")).hasText("Supervisor decides: the tier's own process");
        assertThat(page.locator("#process-diagram-panel")).isHidden();
        Locator tierDiagram = tier.locator(".diagram");
        assertThat(tierDiagram).hasAttribute("data-rendered", "true");
        assertThat(tierDiagram).hasAttribute("data-centred-on", Pattern.compile("\\bTask_DecideComplaint\\b"));
        assertCentred(tierDiagram, tierDiagram.locator("g.djs-element.path-current[data-element-id='Task_DecideComplaint']"));
        assertThat(tier.locator(".path-list li.current")).containsText("Decide the complaint");
        assertThat(page).hasURL(Pattern.compile("diagram="));
        Console.assertAccessible(page, "complaint-page-tier");
        Console.screenshot(page, "complaint-page-tier");
        tier.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("← Back to the complaint's process")).click();
        assertThat(page.locator("#process-diagram-panel")).isVisible();
        // the list of steps beside the diagram opens the tiers as well: the frontline's, where the complaint was
        page.locator("#process-diagram-panel .path-list a.drill", new Page.LocatorOptions().setHasText("Frontline decides"))
                .click();
        Locator frontlineTier = page.locator(".diagram-panel:not(.is-hidden)");
        assertThat(frontlineTier.locator("h3")).hasText("Frontline decides: the tier's own process");
        assertThat(frontlineTier.locator(".diagram")).hasAttribute("data-rendered", "true");
        assertThat(frontlineTier.locator(".path-list li.current")).hasCount(0);
        assertThat(frontlineTier).containsText("The process has ended.");
        frontlineTier.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("← Back to the complaint's process")).click();
        assertThat(page.locator("#process-diagram-panel")).isVisible();

        // resolved within the supervisor's limit
        page.getByLabel("Resolve with a remedy").check();
        page.getByLabel("Remedy", new Page.GetByLabelOptions().setExact(true)).selectOption("REFUND");
        page.getByLabel("Amount (EUR)").fill(limit);
        page.getByLabel("The customer has shown the receipt").check();
        page.getByLabel("What the customer was told").fill("We refund the grinder in full.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the task")).click();
        assertThat(page.getByText("Done: Decide the complaint.")).isVisible();

        // the customer is told and satisfied (frontline, through the API); the follow-up decision is the supervisor's
        Work.complete(frontline, Work.taskOf(frontline, reference, "Task_CallCustomerWithOutcome"),
                "{\"outcome\":\"Refunded at the counter; the customer is happy.\"}");
        assertThat(Work.post(frontline, "/api/processes/" + reference + "/answer", "{\"satisfied\":true}")
                .statusCode()).isEqualTo(204);
        Work.taskOf(supervisor, reference, "Task_DecideFollowUp");
        page.navigate(Console.BASE + "complaints/view.xhtml?ref=" + reference);
        assertThat(page.locator("#current-task")).hasText(
                Work.taskOf(supervisor, reference, "Task_DecideFollowUp").getString("name"));
        page.getByLabel("Recognition", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Pre-shift topic", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Recognised for").fill(RECOGNITION);
        page.getByLabel("Topic", new Page.GetByLabelOptions().setExact(true)).fill(TOPIC);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the task")).click();
        assertThat(page.getByText("Done:")).isVisible();

        JsonObject record = Api.object(Api.get("auditor", "/api/processes/" + reference + "/record"));
        assertThat(record.getJsonArray("resolutions").getJsonObject(0).getString("status")).isEqualTo("RESOLVED");
        assertThat(record.getJsonArray("resolutions").getJsonObject(0).getString("tier")).isEqualTo("SUPERVISOR");
        assertThat(record.getJsonArray("followUps").stream().map(f -> f.asJsonObject().getString("status")))
                .containsExactlyInAnyOrder("RECOGNISED", "ON_BRIEFING_LIST");

        // the staff's handbook signatures
        page.navigate(Console.BASE + "supervisor/signatures.xhtml");
        assertThat(page.locator("h1")).hasText("Handbook signatures");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(frontline))).containsText("Signed");
        Console.assertAccessible(page, "supervisor-signatures");
        Console.screenshot(page, "supervisor-signatures");

        // the pre-shift briefing with the new topic and recognition; held, its topics leave the next agenda
        page.navigate(Console.BASE + "supervisor/briefing.xhtml");
        assertThat(page.locator("h1")).hasText("Pre-shift briefing");
        assertThat(page.locator("li.topic", new Page.LocatorOptions().setHasText(TOPIC))).hasCount(1);
        assertThat(page.locator("li.recognition", new Page.LocatorOptions().setHasText(RECOGNITION))).hasCount(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print"))).isVisible();
        Console.assertAccessible(page, "supervisor-briefing");
        Console.screenshot(page, "supervisor-briefing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark the briefing held")).click();
        assertThat(page.getByText("Tick at least one attendee.")).isVisible();
        page.getByLabel(BRANCH + " FRONTLINE").check();
        page.getByLabel(BRANCH + " SUPERVISOR").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark the briefing held")).click();
        assertThat(page.getByText("The briefing is recorded as held with 2 attendees")).isVisible();
        assertThat(page.locator("li.topic", new Page.LocatorOptions().setHasText(TOPIC))).hasCount(0);

        // a complaint of another branch is not found
        page.navigate(Console.BASE + "complaints/view.xhtml?ref=HAM-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-000001");
        assertThat(page.locator("h1")).hasText("Complaint not found");
        console.assertNoScriptErrors();
    }
}
