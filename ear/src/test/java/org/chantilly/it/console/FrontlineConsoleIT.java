package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.chantilly.it.support.Poll;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

/**
 * The frontline at the counter, in a real browser: the Hamburg employee records an in-person complaint on the one
 * form (the fields follow the channel, the handling advice and phrase guide stay beside it) and resolves it on the
 * spot within their limit; an employee of another branch offers more than their limit and hands the complaint over,
 * so that it waits for their supervisor. Their tasks and their branch's complaints are listed.
 */
@ArquillianTest
@RunAsClient
class FrontlineConsoleIT extends BrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("HAM-\\d{4}-\\d{6}");





    @Test
    void theFrontlineRecordsAnInPersonComplaintAndResolvesItOnTheSpot() {
        Api.signHandbook("frontline", Work.passwordOf("frontline"));
        Page page = console.loggedIn("frontline", Work.passwordOf("frontline"));
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("New complaint")).click();
        assertThat(page.locator("h1")).hasText("New complaint");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Phrase guide"))).isVisible();
        assertThat(page.locator("#guide\\:advice")).not().isEmpty();

        // the fields follow the channel
        page.getByLabel("Channel").selectOption("PHONE");
        assertThat(page.getByText("A phone number is required")).isVisible();
        assertThat(page.getByLabel("Phone")).isVisible();
        assertThat(page.getByLabel("Postal address")).hasCount(0);
        page.getByLabel("Channel").selectOption("LETTER");
        assertThat(page.getByLabel("Postal address")).isVisible();
        assertThat(page.getByLabel("Phone")).hasCount(0);
        page.getByLabel("Channel").selectOption("IN_PERSON");
        assertThat(page.getByText("The customer is at the counter")).isVisible();
        assertThat(page.getByLabel("Phone")).isVisible();
        assertThat(page.getByLabel("Postal address")).hasCount(0);

        // the handling advice follows the customer type
        String unknownAdvice = page.locator("#guide\\:advice").innerText();
        page.getByLabel("Customer type").selectOption("IRRITATED_LOYAL");
        assertThat(page.locator("#guide\\:advice .advice-type")).hasText("Irritated loyal customer");
        assertThat(page.locator("#guide\\:advice")).containsText("Irritated loyal customer");
        assertThat(page.locator("#guide\\:advice")).not().hasText(unknownAdvice);

        page.getByLabel("Customer's name").fill("Jonas Weber");
        page.getByLabel("What happened").fill("The kettle's lid broke on the first day; the customer is at the counter.");
        page.getByLabel("What the customer asks for").fill("A new kettle");
        page.getByLabel("Item").fill("Kettle K-1");
        Console.assertAccessible(page, "frontline-new");
        Console.screenshot(page, "frontline-new");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the complaint")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Complaint recorded"))).isVisible();
        String reference = page.locator("#reference").innerText().trim();
        assertThat(reference).matches(REFERENCE);
        assertThat(page.locator("#openComplaint")).hasAttribute("href", "/console/complaints/view.xhtml?ref=" + reference);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your limits"))).isVisible();

        page.getByLabel("Remedy").selectOption("REPLACEMENT");
        assertThat(page.getByText("Within your limit.")).isVisible();
        page.getByLabel("What you told the customer").fill("We give you a new kettle today.");
        page.getByLabel("Amount").fill("49.90");
        page.getByLabel("Amount").press("Tab");
        assertThat(page.getByText("Within your limit.")).isVisible();
        Console.assertAccessible(page, "frontline-new-decide");
        Console.screenshot(page, "frontline-new-decide");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve now")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(reference)))
                .containsText("is resolved");
        String status = Poll.until(() -> Api.object(Work.get("frontline", "/api/complaints/" + reference)).getString("status"),
                s -> s.equals("RESOLVED"), Duration.ofSeconds(30));
        assertThat(status).isEqualTo("RESOLVED");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My tasks")).click();
        assertThat(page.locator("h1")).hasText("My tasks");
        assertThat(page.locator("table").first()).isVisible();
        Console.assertAccessible(page, "frontline-tasks");
        Console.screenshot(page, "frontline-tasks");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open complaints")).click();
        assertThat(page.locator("h1")).hasText("Open complaints");
        assertThat(page.locator("tbody tr").first()).isVisible();
        Console.screenshot(page, "frontline-open");
        Console.assertAccessible(page, "frontline-open");
        page.getByLabel("Words").fill(reference);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Resolved");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)))
                .hasAttribute("href", "/console/complaints/view.xhtml?ref=" + reference);
        console.assertNoScriptErrors();
    }

    @Test
    void anEmployeeHandsAnAmountAboveTheirLimitOverToTheSupervisor() {
        TestBranch counter = TestBranch.openRoundTheClock("FLCON", "Chantilly Counter", "DACH");
        String frontline = counter.staff("FRONTLINE");
        String supervisor = counter.staff("SUPERVISOR");
        Api.signHandbook(frontline, TestBranch.PASSWORD);
        Page page = console.loggedIn(frontline, TestBranch.PASSWORD);
        page.navigate(Console.BASE + "frontline/new.xhtml");
        page.getByLabel("Channel").selectOption("PHONE");
        assertThat(page.getByText("A phone number is required")).isVisible();
        page.getByLabel("Phone").fill("+49 40 555 0177");
        page.getByLabel("Customer's name").fill("Lea Koch");
        page.getByLabel("What happened").fill("The washing machine flooded the kitchen on its first run.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the complaint")).click();
        String reference = page.locator("#reference").innerText().trim();
        assertThat(reference).startsWith("FLCON-");

        page.getByLabel("Remedy").selectOption("REPLACEMENT");
        assertThat(page.getByText("Within your limit.")).isVisible();
        page.getByLabel("Amount").fill("450.00");
        page.getByLabel("Amount").press("Tab");
        assertThat(page.getByText("above your limit")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve now"))).hasCount(0);
        page.getByLabel("Why you hand it over").fill("A replacement of 450 EUR is beyond my limit.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand over to supervisor")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(reference)))
                .containsText("waits for the supervisor");

        Optional<JsonObject> waiting = Poll.until(
                () -> Work.findTask(supervisor, reference, "Task_DecideComplaint"), Optional::isPresent,
                Duration.ofSeconds(30));
        assertThat(waiting).as("the supervisor's decision on " + reference).isPresent();
        assertThat(waiting.get().getString("tier")).isEqualTo("SUPERVISOR");
        assertThat(Work.findTask(frontline, reference, "Task_DecideComplaint")).isEmpty();
        console.assertNoScriptErrors();
    }

    /**
     * Lists that hide no work, in a branch of the test's own: the open complaints start with every status but closed
     * (an escalated and a just received, acknowledged complaint are listed, a closed one only once "Closed" is ticked
     * too), and a task
     * list longer than a page is paged by the database, on the API and in "My tasks".
     */
    @Test
    void openComplaintsListEveryOpenStatusAndLongTaskListsArePaged() {
        TestBranch lists = TestBranch.openRoundTheClock("FLLST", "Chantilly Lists", "DACH");
        String frontline = lists.staff("FRONTLINE");
        String supervisor = lists.staff("SUPERVISOR");
        Api.signHandbook(frontline, TestBranch.PASSWORD);
        Api.signHandbook(supervisor, TestBranch.PASSWORD);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            references.add(Work.file(frontline, Api.complaint("FLLST", "IN_PERSON", "Lista Kund " + i, null, null,
                    "List complaint number " + i + ": the lamp flickers.")));
        }
        String escalated = references.get(0);
        Work.complete(frontline, Work.taskOf(frontline, escalated, "Task_DecideComplaint"),
                "{\"decision\":\"ESCALATE\",\"reason\":\"The supervisor decides this one.\"}");
        String closed = references.get(1);
        Work.complete(frontline, Work.taskOf(frontline, closed, "Task_DecideComplaint"),
                "{\"decision\":\"RESOLVE\",\"remedy\":\"APOLOGY\",\"saidToCustomer\":\"We are sorry about the lamp.\"}");
        Work.complete(frontline, Work.taskOf(frontline, closed, "Task_CallCustomerWithOutcome"),
                "{\"outcome\":\"Apologised; the customer is content.\"}");
        assertThat(Work.post(frontline, "/api/processes/" + closed + "/answer", "{\"satisfied\":true}").statusCode())
                .isEqualTo(204);
        Work.complete(supervisor, Work.taskOf(supervisor, closed, "Task_DecideFollowUp"),
                "{\"followUps\":[],\"reason\":\"Nothing to learn from it.\"}");
        String received = references.get(2); // acknowledged at once: the words were said at the counter
        assertThat(Api.object(Work.get(frontline, "/api/complaints/" + received)).getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(Api.object(Work.get(frontline, "/api/complaints/" + escalated)).getString("status")).isEqualTo("ESCALATED");
        assertThat(Poll.until(() -> Api.object(Work.get(frontline, "/api/complaints/" + closed)).getString("status"),
                "CLOSED"::equals, Duration.ofSeconds(30))).isEqualTo("CLOSED");

        // the API pages the 22 frontline decisions left: every one once, the most urgent first
        Set<String> seen = new HashSet<>();
        for (int number = 0; number < 3; number++) {
            JsonObject page = Api.object(Work.get(frontline, "/api/tasks?size=10&page=" + number));
            assertThat(page.getJsonNumber("total").longValue()).isEqualTo(22);
            assertThat(page.getInt("page")).isEqualTo(number);
            assertThat(page.getJsonArray("items")).hasSize(number < 2 ? 10 : 2);
            page.getJsonArray("items").forEach(t -> seen.add(t.asJsonObject().getString("id")));
        }
        assertThat(seen).hasSize(22);
        assertThat(Work.get(frontline, "/api/tasks?size=101").statusCode()).isEqualTo(400);

        Page page = console.loggedIn(frontline, TestBranch.PASSWORD);
        // My tasks: 22 tasks, 20 on the first page, 2 on the second
        page.navigate(Console.BASE + "frontline/tasks.xhtml");
        assertThat(page.locator("#tasks\\:list")).containsText("22 open tasks");
        assertThat(page.locator("#tasks\\:list tbody tr")).hasCount(20);
        assertThat(page.locator("#tasks\\:list .ui-paginator-current").first()).hasText("1–20 / 22");
        String firstOnPageOne = page.locator("#tasks\\:list tbody tr a").first().innerText();
        page.locator("#tasks\\:list .ui-paginator-next").first().click();
        assertThat(page.locator("#tasks\\:list .ui-paginator-current").first()).hasText("21–22 / 22");
        assertThat(page.locator("#tasks\\:list tbody tr")).hasCount(2);
        assertThat(page.locator("#tasks\\:list tbody tr a").first()).not().hasText(firstOnPageOne);
        Console.assertAccessible(page, "frontline-tasks-paged");

        // Open complaints: every status but closed ticked at first
        page.navigate(Console.BASE + "frontline/open.xhtml");
        assertThat(page.getByLabel("Closed", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
        assertThat(page.getByLabel("Escalated", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByLabel("Received", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.locator("#list\\:complaints .ui-paginator-current").first()).hasText("1–20 / 23");
        Console.assertAccessible(page, "frontline-open-statuses");
        Locator complaints = page.locator("#list\\:complaints");
        page.getByLabel("Words").fill(escalated);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(complaints.locator("tr").filter(new Locator.FilterOptions().setHasText(escalated))).containsText("Escalated");
        page.getByLabel("Words").fill(received);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(complaints.locator("tr").filter(new Locator.FilterOptions().setHasText(received)))
                .containsText("Acknowledged");
        page.getByLabel("Words").fill(closed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(complaints).containsText("No complaints match.");
        page.getByLabel("Closed", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(complaints.locator("tr").filter(new Locator.FilterOptions().setHasText(closed))).containsText("Closed");

        // the API takes several statuses at once too
        JsonObject open = Api.object(Work.get(frontline,
                "/api/complaints?size=100&status=ESCALATED&status=ACKNOWLEDGED"));
        assertThat(open.getJsonArray("items").stream().map(c -> c.asJsonObject().getString("reference")))
                .contains(escalated, received).doesNotContain(closed);
        console.assertNoScriptErrors();
    }

    /**
     * A name with a right-to-left override (U+202E) is kept and shown as it was entered, but in its own isolated
     * element, so that it cannot reorder the phone number after it, and with a marker that tells staff about it.
     */
    @Test
    void aNameWithADirectionOverrideIsShownIsolatedAndMarked() {
        String name = "Anna \u202Egpj.exe";
        String phone = "+49 40 555 0142";
        Api.signHandbook("frontline", Work.passwordOf("frontline"));
        Page page = console.loggedIn("frontline", Work.passwordOf("frontline"));
        page.navigate(Console.BASE + "frontline/new.xhtml");
        page.getByLabel("Channel").selectOption("PHONE");
        assertThat(page.getByText("A phone number is required")).isVisible();
        page.getByLabel("Phone").fill(phone);
        page.getByLabel("Customer's name").fill(name);
        page.getByLabel("What happened").fill("The name on the receipt is spelled oddly.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the complaint")).click();
        String reference = page.locator("#reference").innerText().trim();
        assertThat(reference).matches(REFERENCE);
        assertThat(Api.object(Work.get("frontline", "/api/complaints/" + reference)).getJsonObject("customer")
                .getString("name")).as("stored as sent").isEqualTo(name);

        // after filing: the name as entered, in its own <bdi>, and the marker
        assertThat(page.locator("#filedCustomer bdi").textContent()).isEqualTo(name);
        assertThat(page.locator("#filedCustomer .hidden-characters")).hasText("hidden characters");

        // the complaint page: name isolated, marker with its explanation, the phone after it and outside it
        page.navigate(Console.BASE + "complaints/view.xhtml?ref=" + reference);
        Locator customer = page.locator("#customer");
        assertThat(customer.locator("bdi").first().textContent()).isEqualTo(name);
        assertThat(customer.locator("bdi").first().evaluate("e => getComputedStyle(e).unicodeBidi")).isEqualTo("isolate");
        Locator marker = customer.locator(".hidden-characters");
        assertThat(marker).isVisible();
        assertThat(marker).hasText("hidden characters");
        assertThat(marker).hasAttribute("title", Pattern.compile("invisible or direction-changing characters"));
        Object after = customer.evaluate("(dd, phone) => { const name = dd.querySelector('bdi');"
                + " const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT); let node;"
                + " while ((node = walker.nextNode())) { if (node.data.includes(phone)) {"
                + " return !name.contains(node) && !!(name.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)"
                + " && node.data === phone; } } return false; }", phone);
        assertThat(after).as("the phone number follows the name, outside its isolate, in its own").isEqualTo(true);
        assertThat(customer.textContent().replaceAll("\\s+", " ").trim())
                .isEqualTo(name + " hidden characters · " + phone);
        Console.assertAccessible(page, "complaint-hidden-characters");

        // the branch's list of complaints
        page.navigate(Console.BASE + "frontline/open.xhtml");
        page.getByLabel("Words").fill(reference);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        assertThat(row.locator("bdi").first().textContent()).isEqualTo(name);
        assertThat(row.locator(".hidden-characters")).hasText("hidden characters");
        console.assertNoScriptErrors();
    }
}
