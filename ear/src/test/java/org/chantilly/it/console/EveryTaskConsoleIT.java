package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.chantilly.it.support.Poll;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every user task of every model the EAR deploys is completed in the console, so that a new kind of task without a
 * form fails the build: the kinds are read from the BPMN files inside the built EAR, and each is reached by the path
 * that leads to it. A letter of high severity gives management's contact with the customer and the supervisor's
 * personal meeting; it is escalated in the console from the supervisor through management to head office, which gives
 * the final response; the supervisor decides coaching and training and confirms both. A complaint at the counter is
 * assigned, pulled up, waits for the customer, whose reply is recorded, is handed back, delegated by the frontline to
 * the supervisor (who then sees the frontline's limits and their own, both labelled), told to the customer, who is not
 * satisfied and, the second time, satisfied. A handbook draft is reviewed by head office and revised by its owner on
 * the handbook's versions page, which the task links to. State the console is not tested for is prepared through the
 * API; every task is completed in the console, and each new form is checked with axe-core once.
 */
@ArquillianTest
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryTaskConsoleIT extends BrowserTest {

    /** A branch of this test's own, open round the clock, in a region of its own (so its manager is this test's). */
    private static final String BRANCH = "EVTK";
    private static final String REGION = "EVERYTASK";
    private static final String PASSWORD = TestBranch.PASSWORD;
    private static final String DECIDE = "Task_DecideComplaint";
    private static final DateTimeFormatter MEETING_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The kinds of task completed in the console, by whichever test did it. */
    private static final Set<String> COMPLETED_IN_THE_CONSOLE = new ConcurrentSkipListSet<>();

    private static String frontline;
    private static String supervisor;
    private static String manager;
    private static String headOffice;

    @BeforeAll
    static void openTheBranchWithItsManagementAndHeadOffice() {
        TestBranch branch = TestBranch.openRoundTheClock(BRANCH, "Chantilly Every Task", REGION);
        frontline = branch.staff("FRONTLINE");
        supervisor = branch.staff("SUPERVISOR");
        manager = employee("evtk-manager", "EVTK Manager", "MANAGER", REGION);
        headOffice = employee("evtk-headoffice", "EVTK Head Office", "HEAD_OFFICE", null);
        for (String decider : List.of(frontline, supervisor, manager, headOffice)) {
            Api.signHandbook(decider, PASSWORD);
        }
    }

    @Test
    @Order(1)
    void aLetterOfHighSeverityIsMetContactedEscalatedToHeadOfficeAndFollowedUpWithCoachingAndTraining() {
        String reference = Work.file(frontline, Api.complaint(BRANCH, "LETTER",
                Api.customer("Dr. Ilse Brandt", null, null, "Alsterweg 3\n20099 Hamburg"),
                "Formal complaint about the handling of my warranty claim.").add("severity", "HIGH").build().toString());

        // management contacts the customer: the service's message at the empty field, then done
        Work.taskOf(manager, reference, "Task_ManagementContactsCustomer");
        Page management = complaintPage(manager, reference);
        assertThat(management.locator("#current-task")).hasText("Contact the customer (management)");
        completeTheTask(management);
        assertThat(management.locator("form#outcomeForm .field-error")).hasCount(1);
        assertThat(management.locator("form#outcomeForm .field-error")).not().isEmpty();
        Console.assertAccessible(management, "complaint-management-contact");
        management.getByLabel("What came of it").fill("Called Dr. Brandt; she expects the supervisor's visit.");
        completeTheTask(management);
        done(management, "Contact the customer (management)", "Task_ManagementContactsCustomer");

        // the supervisor records the personal meeting: every field the service misses is named at that field
        Work.taskOf(supervisor, reference, "Task_ArrangePersonalMeeting");
        Page branchSupervisor = complaintPage(supervisor, reference);
        assertThat(branchSupervisor.locator("#current-task")).hasText("Arrange a personal meeting");
        completeTheTask(branchSupervisor);
        assertThat(branchSupervisor.locator("form#meeting .field-error")).hasCount(4);
        Console.assertAccessible(branchSupervisor, "complaint-meeting");
        Console.screenshot(branchSupervisor, "complaint-meeting");
        LocalDateTime meetingAt = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).withHour(14).withMinute(30);
        branchSupervisor.getByLabel("Date and time").fill(MEETING_INPUT.format(meetingAt));
        branchSupervisor.getByLabel("Place").fill("Alsterweg 3, at the customer's home");
        branchSupervisor.getByLabel("Who attended").fill("Dr. Ilse Brandt\n" + BRANCH + " SUPERVISOR");
        branchSupervisor.getByLabel("What came of it").fill("We looked at the machine together; she wants head office.");
        completeTheTask(branchSupervisor);
        done(branchSupervisor, "Arrange a personal meeting", "Task_ArrangePersonalMeeting");
        JsonObject meeting = Api.object(Api.get("auditor", "/api/processes/" + reference + "/record"))
                .getJsonArray("meetings").getJsonObject(0);
        assertThat(meeting.getString("place")).isEqualTo("Alsterweg 3, at the customer's home");
        assertThat(meeting.getJsonArray("attendees")).hasSize(2);
        assertThat(meeting.getString("meetingAt")).startsWith(meetingAt.toLocalDate().toString() + "T14:30");

        // then the supervisor decides it, on their own tier (one set of limits, an apology "always"), and escalates
        Work.taskOf(supervisor, reference, DECIDE);
        reopen(branchSupervisor, reference);
        assertThat(branchSupervisor.locator("#current-task")).hasText("Decide the complaint");
        assertThat(branchSupervisor.locator("#task-limits caption")).hasText("Your limits (Supervisor)");
        assertThat(branchSupervisor.locator("#own-limits")).hasCount(0);
        assertThat(limitOf(branchSupervisor, "task-limits", "Apology")).hasText("always");
        escalate(branchSupervisor, "The customer asks for head office; management should see it first.");

        // management escalates to head office
        Work.taskOf(manager, reference, DECIDE);
        reopen(management, reference);
        assertThat(management.locator("#task-limits caption")).hasText("Your limits (Management)");
        escalate(management, "A warranty question for head office.");

        // head office resolves: its decision is the final response, no answer is asked
        Work.taskOf(headOffice, reference, DECIDE);
        Page head = complaintPage(headOffice, reference);
        assertThat(limitOf(head, "task-limits", "Apology")).hasText("always");
        assertThat(limitOf(head, "task-limits", "Refund")).containsText("up to");
        head.getByLabel("Resolve with a remedy").check();
        head.getByLabel("Remedy", new Page.GetByLabelOptions().setExact(true)).selectOption("APOLOGY");
        head.getByLabel("What the customer was told").fill("We apologise; the warranty covers the repair.");
        completeTheTask(head);
        done(head, "Decide the complaint", DECIDE);

        // the supervisor decides coaching and training, and confirms that both took place
        Work.taskOf(supervisor, reference, "Task_DecideFollowUp");
        reopen(branchSupervisor, reference);
        branchSupervisor.getByLabel("Coaching", new Page.GetByLabelOptions().setExact(true)).check();
        branchSupervisor.getByLabel("Training", new Page.GetByLabelOptions().setExact(true)).check();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        branchSupervisor.getByLabel("Coaching on").fill(today.plusDays(3).toString());
        branchSupervisor.getByLabel("Training on").fill(today.plusDays(4).toString());
        branchSupervisor.getByLabel("Topic", new Page.GetByLabelOptions().setExact(true)).fill("Warranty claims by letter");
        completeTheTask(branchSupervisor);
        done(branchSupervisor, "Decide the employee's follow-up", "Task_DecideFollowUp");

        Work.taskOf(supervisor, reference, "Task_ConfirmCoaching");
        Work.taskOf(supervisor, reference, "Task_ConfirmTraining");
        reopen(branchSupervisor, reference);
        for (int confirmation = 0; confirmation < 2; confirmation++) {
            String name = branchSupervisor.locator("#current-task").textContent().strip();
            if (confirmation == 0) {
                Console.assertAccessible(branchSupervisor, "complaint-confirmation");
            }
            branchSupervisor.getByLabel("The day it took place").fill(today.toString());
            completeTheTask(branchSupervisor);
            done(branchSupervisor, name, name.contains("coaching") ? "Task_ConfirmCoaching" : "Task_ConfirmTraining");
        }
        assertThat(Api.object(Api.get("auditor", "/api/processes/" + reference + "/record")).getJsonArray("followUps")
                .stream().map(f -> f.asJsonObject().getString("status"))).allMatch(status -> status.equals("DONE"));
        console.assertNoScriptErrors();
    }

    @Test
    @Order(2)
    void aComplaintAtTheCounterIsAssignedPulledUpRepliedToHandedBackDelegatedToldAndAnswered() {
        String reference = Work.file(frontline, Api.complaint(BRANCH, "IN_PERSON", "Jonas Weber", null, null,
                "Waited 25 minutes at the returns desk."));
        Work.taskOf(frontline, reference, DECIDE);

        // the supervisor opens the frontline's task: the frontline's limits and their own, both labelled
        Page branchSupervisor = complaintPage(supervisor, reference);
        assertThat(branchSupervisor.locator("#task-limits caption")).hasText("Limits of the tier this task belongs to: Frontline");
        assertThat(branchSupervisor.locator("#own-limits caption")).hasText("Your own limits: Supervisor");
        assertThat(limitOf(branchSupervisor, "task-limits", "Refund")).hasText("up to €200.00 · only with a receipt");
        assertThat(limitOf(branchSupervisor, "own-limits", "Refund")).hasText("up to €1,000.00");
        assertThat(limitOf(branchSupervisor, "task-limits", "Other")).hasText("not yours to grant");
        assertThat(limitOf(branchSupervisor, "task-limits", "Apology")).hasText("always");
        assertThat(limitOf(branchSupervisor, "own-limits", "Apology")).hasText("always");
        Console.assertAccessible(branchSupervisor, "complaint-other-tier-and-actions");
        Console.screenshot(branchSupervisor, "complaint-other-tier");

        // assigns it to the frontline employee
        branchSupervisor.getByLabel("Assign to").selectOption(new SelectOption()
                .setLabel(BRANCH + " FRONTLINE"));
        branchSupervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
        assertThat(branchSupervisor.getByText("The task is assigned to " + BRANCH + " FRONTLINE.")).isVisible();
        assertThat(branchSupervisor.locator("#current-assignee")).hasText(frontline);

        // and pulls the complaint up: a reason is required, as on the API
        Locator pullUp = branchSupervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pull it up"));
        pullUp.click();
        assertThat(branchSupervisor.locator("form#pullUp .field-error")).not().isEmpty();
        branchSupervisor.getByLabel("Why you take it over").fill("A regular customer; I take it myself.");
        pullUp.click();
        assertThat(branchSupervisor.getByText("The complaint is pulled up to your tier.")).isVisible();
        assertThat(changes(branchSupervisor)).containsText("PULLED_UP");

        // the supervisor asks the customer and waits
        Work.taskOf(supervisor, reference, DECIDE);
        reopen(branchSupervisor, reference);
        assertThat(branchSupervisor.locator("#own-limits")).hasCount(0);
        branchSupervisor.getByLabel("Ask the customer and wait").check();
        branchSupervisor.getByLabel("Reason, or what you ask the customer").fill("Which day did you return the kettle?");
        completeTheTask(branchSupervisor);
        done(branchSupervisor, "Decide the complaint", DECIDE);
        assertThat(branchSupervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the reply")))
                .isVisible();

        // the frontline records the customer's reply
        Page counter = complaintPage(frontline, reference);
        Console.assertAccessible(counter, "complaint-customer-reply");
        counter.getByLabel("What the customer replied").fill("On Saturday, at about noon.");
        counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the reply")).click();
        assertThat(counter.getByText("The customer's reply is recorded; the tier's clock runs again.")).isVisible();
        assertThat(changes(counter)).containsText("CUSTOMER_REPLIED");

        // the supervisor hands it back to the frontline
        Work.taskOf(supervisor, reference, DECIDE);
        reopen(branchSupervisor, reference);
        branchSupervisor.getByLabel("Hand back to the tier below").check();
        branchSupervisor.getByLabel("Reason, or what you ask the customer").fill("The counter can settle it now.");
        completeTheTask(branchSupervisor);
        done(branchSupervisor, "Decide the complaint", DECIDE);
        assertThat(changes(branchSupervisor)).containsText("HANDED_BACK");

        // the frontline delegates it to the supervisor, who resolves it as the frontline's task
        Work.taskOf(frontline, reference, DECIDE);
        reopen(counter, reference);
        counter.getByLabel("Delegate to").selectOption(new SelectOption()
                .setLabel(BRANCH + " SUPERVISOR"));
        counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delegate").setExact(true)).click();
        assertThat(counter.getByText("The task is with " + BRANCH + " SUPERVISOR now; you stay its owner.")).isVisible();
        reopen(branchSupervisor, reference);
        assertThat(branchSupervisor.locator("#current-assignee")).hasText(supervisor);
        assertThat(branchSupervisor.locator("#own-limits")).isVisible();
        branchSupervisor.getByLabel("Resolve with a remedy").check();
        branchSupervisor.getByLabel("Remedy", new Page.GetByLabelOptions().setExact(true)).selectOption("APOLOGY");
        branchSupervisor.getByLabel("What the customer was told").fill("We are sorry for the wait.");
        completeTheTask(branchSupervisor);
        done(branchSupervisor, "Decide the complaint", DECIDE);

        // the frontline tells the customer, who is not satisfied: the complaint reopens at the supervisor
        Work.taskOf(frontline, reference, "Task_CallCustomerWithOutcome");
        reopen(counter, reference);
        assertThat(counter.locator("#current-task")).hasText("Tell the customer the outcome");
        counter.getByLabel("What came of it").fill("Told Mr Weber at the counter.");
        completeTheTask(counter);
        done(counter, "Tell the customer the outcome", "Task_CallCustomerWithOutcome");
        reopen(counter, reference);
        Console.assertAccessible(counter, "complaint-customer-answer");
        counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not satisfied")).click();
        assertThat(counter.getByText("Recorded: the customer is not satisfied.")).isVisible();
        assertThat(changes(counter)).containsText("CUSTOMER_ANSWERED");

        // resolved again (through the API), told, and this time satisfied: the follow-up is next
        Work.complete(supervisor, Work.taskOf(supervisor, reference, DECIDE), "{\"decision\":\"RESOLVE\","
                + "\"remedy\":\"APOLOGY\",\"saidToCustomer\":\"Our apology again, and a coffee on us.\"}");
        Work.complete(frontline, Work.taskOf(frontline, reference, "Task_CallCustomerWithOutcome"),
                "{\"outcome\":\"Told him again.\"}");
        reopen(counter, reference);
        counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Satisfied").setExact(true)).click();
        assertThat(counter.getByText("Recorded: the customer is satisfied.")).isVisible();
        Work.taskOf(supervisor, reference, "Task_DecideFollowUp");
        JsonObject complaint = Api.object(Api.get("auditor", "/api/complaints/" + reference));
        assertThat(complaint.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("action")))
                .containsSubsequence("PULLED_UP", "CUSTOMER_REPLIED", "HANDED_BACK", "OUTCOME_TOLD",
                        "CUSTOMER_ANSWERED", "REOPENED", "CUSTOMER_ANSWERED");
        console.assertNoScriptErrors();
    }

    @Test
    @Order(3)
    void aHandbookDraftIsReviewedAndRevisedOnTheVersionsPageTheTaskLinksTo() {
        leaveNoOpenDraft();
        HttpResponse<String> drafted = Api.send(Api.as("handbook", "/api/handbook/versions")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        int draft = Api.object(drafted).getJsonObject("version").getInt("number");
        Throwable failure = null;
        try {
            assertThat(Api.send(Api.as("handbook", "/api/handbook/versions/" + draft + "/submit")
                    .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
            String version = "handbook-" + draft;
            JsonObject review = handbookTask(headOffice, "Task_ReviewHandbookDraft")
                    .orElseThrow(() -> new AssertionError("no review of " + version + " for head office"));
            // taken through the API, so that it is on the first page of a head office's many tasks
            assertThat(Api.send(Work.as(headOffice, "/api/tasks/" + review.getString("id") + "/claim")
                    .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);

            // head office finds the review among its tasks; the task links to the versions page
            Page approver = console.loggedIn(headOffice, PASSWORD);
            approver.navigate(Console.BASE + "frontline/tasks.xhtml");
            approver.getByLabel("Only tasks assigned to me").check();
            approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            Locator row = approver.locator("tr", new Page.LocatorOptions().setHasText("Review the handbook draft"));
            assertThat(row).hasCount(1);
            row.getByRole(AriaRole.LINK).click();
            assertThat(approver.locator("h1")).hasText("Handbook versions");
            assertThat(approver.locator("#review h2")).hasText("Review version " + draft);
            approver.getByLabel("Comments for the handbook owner").fill("Say more about letters.");
            approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send back with comments")).click();
            assertThat(approver.locator("#feedback")).containsText("sent back");
            COMPLETED_IN_THE_CONSOLE.add("Task_ReviewHandbookDraft");

            // the owner revises and submits it again: that completes the revision
            assertThat(handbookTask("handbook", "Task_ReviseHandbookDraft")).isPresent();
            Page owner = console.loggedIn("handbook", Work.passwordOf("handbook"));
            owner.navigate(Console.BASE + "handbook/authoring/versions.xhtml");
            Locator draftRow = owner.locator("#list tbody tr").filter(new Locator.FilterOptions()
                    .setHas(owner.locator("th", new Page.LocatorOptions().setHasText(Pattern.compile("^" + draft + "$")))));
            assertThat(draftRow).containsText("Say more about letters.");
            draftRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for approval")).click();
            assertThat(owner.locator("#feedback")).containsText("sent for approval");
            assertThat(handbookTask("handbook", "Task_ReviseHandbookDraft")).isEmpty();
            assertThat(handbookTask(headOffice, "Task_ReviewHandbookDraft")).isPresent();
            COMPLETED_IN_THE_CONSOLE.add("Task_ReviseHandbookDraft");
            console.assertNoScriptErrors();
        } catch (RuntimeException | AssertionError failed) {
            failure = failed;
            throw failed;
        } finally {
            try {
                leaveNoOpenDraft();
            } catch (RuntimeException | AssertionError cleanUpFailed) {
                if (failure == null) {
                    throw cleanUpFailed;
                }
                failure.addSuppressed(cleanUpFailed);
            }
        }
    }

    @Test
    @Order(4)
    void everyUserTaskOfTheDeployedModelsWasCompletedInTheConsole() throws Exception {
        Map<String, List<String>> models = userTasksOfTheDeployedModels();
        assertThat(models).containsKeys("bpmn/ComplaintHandlingProcess.bpmn", "bpmn/ComplaintTierProcess.bpmn",
                "bpmn/HandbookPublicationProcess.bpmn");
        Set<String> kinds = new TreeSet<>();
        models.values().forEach(kinds::addAll);
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(9);
        assertThat(COMPLETED_IN_THE_CONSOLE).as("the kinds of task completed in the console; a kind missing here has "
                + "no form in the console, or no path in this test").containsAll(kinds);
    }

    /** The complaint page, as the employee sees it in a browser of their own. */
    private static Page complaintPage(String user, String reference) {
        Page page = console.loggedIn(user, PASSWORD);
        reopen(page, reference);
        return page;
    }

    /**
     * The complaint page again, as a new visit (a reload of a page a form was posted from would post it again).
     */
    private static void reopen(Page page, String reference) {
        page.navigate(Console.BASE + "complaints/view.xhtml?ref=" + reference);
        assertThat(page.locator("h1")).hasText("Complaint " + reference);
    }

    private static void completeTheTask(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the task")).click();
    }

    /** The page confirms the task; its kind counts as completed in the console. */
    private static void done(Page page, String name, String kind) {
        assertThat(page.getByText("Done: " + name + ".")).isVisible();
        COMPLETED_IN_THE_CONSOLE.add(kind);
    }

    private static void escalate(Page page, String reason) {
        page.getByLabel("Escalate to the next tier").check();
        page.getByLabel("Reason, or what you ask the customer").fill(reason);
        completeTheTask(page);
        done(page, "Decide the complaint", DECIDE);
    }

    /** The words for a remedy's limit in one of the limits tables. */
    private static Locator limitOf(Page page, String table, String remedy) {
        return page.locator("#" + table + " tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(Pattern.compile("^" + remedy + "$")))))
                .locator("td");
    }

    /** The complaint's recorded changes, as the page shows them. */
    private static Locator changes(Page page) {
        return page.locator("section[aria-labelledby=changes-heading]");
    }

    /** An account of a role without a branch (management of a region, head office), with its own password. */
    private static String employee(String login, String name, String role, String region) {
        var form = Json.createObjectBuilder().add("login", login).add("name", name).add("role", role)
                .add("language", "en").add("initialPassword", TestBranch.INITIAL_PASSWORD);
        if (region != null) {
            form.add("region", region);
        }
        HttpResponse<String> added = Api.postJson("admin", "/api/admin/staff", form.build().toString());
        assertThat(added.statusCode()).as(added.body()).isIn(201, 409);
        if (added.statusCode() == 201) {
            Api.firstPassword(login, TestBranch.INITIAL_PASSWORD, PASSWORD);
        }
        return login;
    }

    /**
     * The user's open task of a handbook version of that kind (one draft at most is open at a time), read page by page
     * from the tasks the user may see: a handbook's tasks have no complaint to narrow the list by.
     */
    private static Optional<JsonObject> handbookTask(String user, String kind) {
        for (int page = 0; page < 100; page++) {
            HttpResponse<String> response = Work.get(user, "/api/tasks?size=100&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<JsonObject> tasks = Api.object(response).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .toList();
            Optional<JsonObject> found = tasks.stream().filter(t -> kind.equals(t.getString("kind"))).findFirst();
            if (found.isPresent() || tasks.size() < 100) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** No draft stays open for the tests that start their own: sent back through the API, discarded in the console. */
    private static void leaveNoOpenDraft() {
        List<JsonObject> versions = Api.array(Api.get("auditor", "/api/handbook/versions")).stream()
                .map(JsonValue::asJsonObject).toList();
        if (versions.stream().anyMatch(v -> "IN_REVIEW".equals(v.getString("status")))) {
            handbookTask(headOffice, "Task_ReviewHandbookDraft").ifPresent(task -> Work.post(headOffice,
                    "/api/tasks/" + task.getString("id") + "/complete",
                    "{\"decision\":\"SEND_BACK\",\"reason\":\"Test clean-up.\"}"));
        }
        if (versions.stream().anyMatch(v -> !"PUBLISHED".equals(v.getString("status")))) {
            Page owner = console.loggedIn("handbook", Work.passwordOf("handbook"));
            owner.navigate(Console.BASE + "handbook/authoring/versions.xhtml");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard the draft")).first().click();
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes")).click();
            assertThat(Poll.until(() -> Api.array(Api.get("auditor", "/api/handbook/versions")).stream()
                            .map(JsonValue::asJsonObject).allMatch(v -> "PUBLISHED".equals(v.getString("status"))),
                    settled -> settled, Duration.ofSeconds(20))).as("no open handbook draft").isTrue();
        }
    }

    /** The ids of the user tasks of each BPMN model inside the workflow module of the built EAR, by resource name. */
    private static Map<String, List<String>> userTasksOfTheDeployedModels() throws Exception {
        Map<String, List<String>> models = new TreeMap<>();
        File ear = new File(System.getProperty("chantilly.it.ear", "target/chantilly.ear"));
        try (ZipFile archive = new ZipFile(ear)) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith("lib/") || !entry.getName().endsWith(".jar")) {
                    continue;
                }
                try (ZipInputStream jar = new ZipInputStream(archive.getInputStream(entry))) {
                    for (ZipEntry file = jar.getNextEntry(); file != null; file = jar.getNextEntry()) {
                        if (file.getName().startsWith("bpmn/") && file.getName().endsWith(".bpmn")) {
                            models.put(file.getName(), userTasks(new ByteArrayInputStream(jar.readAllBytes())));
                        }
                    }
                }
            }
        }
        return models;
    }

    private static List<String> userTasks(InputStream model) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList tasks = factory.newDocumentBuilder().parse(model)
                .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < tasks.getLength(); i++) {
            ids.add(((Element) tasks.item(i)).getAttribute("id"));
        }
        return ids;
    }
}
