package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

/**
 * Notifications in the console: a supervisor assigns two complaints' tasks to a frontline employee, whose header
 * counts them; the list says what each is about and links to the complaint's page; marking one read and then all
 * clears the badge; the employee sets their e-mail address (a wrong one is refused at its field).
 */
@ArquillianTest
@RunAsClient
class NotificationConsoleIT extends BrowserTest {

    @Test
    void theBadgeCountsTheListLinksToTheComplaintAndMarkingReadClearsTheBadge() {
        TestBranch branch = TestBranch.openRoundTheClock("NTB", "Chantilly Badges", "DACH");
        String frontline = branch.staff("FRONTLINE");
        String supervisor = branch.staff("SUPERVISOR");
        String first = Work.file(frontline, Api.complaint("NTB", "IN_PERSON", "Badge Customer", null, null,
                "The lamp flickers."));
        String second = Work.file(frontline, Api.complaint("NTB", "IN_PERSON", "Badge Customer", null, null,
                "The kettle whistles off-key."));
        for (String reference : new String[] {first, second}) {
            JsonObject task = Work.taskOf(supervisor, reference, "Task_DecideComplaint");
            HttpResponse<String> assigned = Work.post(supervisor, "/api/tasks/" + task.getString("id") + "/assign",
                    Json.createObjectBuilder().add("assignee", frontline).build().toString());
            assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
        }

        Page page = console.loggedIn(frontline, TestBranch.PASSWORD);
        Locator badge = page.locator("#notifications .count");
        assertThat(badge).hasText(Pattern.compile("^\\s*2\\s+unread\\s*$"));
        page.locator("#notifications").click();
        assertThat(page.locator("h1")).hasText("Your notifications");
        Locator items = page.locator("#items li");
        assertThat(items).hasCount(2);
        assertThat(items.first()).containsText(second); // newest first
        assertThat(items.first()).containsText(supervisor + " assigned you a task on complaint " + second);
        assertThat(page.locator("#items")).not().containsText("Badge Customer");
        Console.assertAccessible(page, "notifications");
        Console.screenshot(page, "notifications");

        // each links to its complaint's page
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(first))).click();
        assertThat(page.locator("h1")).containsText(first);
        assertThat(badge).hasText(Pattern.compile("^\\s*2\\s+unread\\s*$"));
        page.goBack();
        assertThat(page.locator("h1")).hasText("Your notifications");

        // marking one read counts down; marking all read clears the badge
        Locator firstItem = items.filter(new Locator.FilterOptions().setHasText(first));
        firstItem.getByRole(AriaRole.BUTTON).click();
        assertThat(badge).hasText(Pattern.compile("^\\s*1\\s+unread\\s*$"));
        assertThat(firstItem.getByRole(AriaRole.BUTTON)).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).click();
        assertThat(badge).hasCount(0);
        assertThat(page.locator("#outcome")).containsText("1 marked as read");
        page.reload();
        assertThat(badge).hasCount(0);
        assertThat(items).hasCount(2);

        // the employee's own address: a wrong one is refused at its field
        Locator email = page.getByLabel("Your e-mail address", new Page.GetByLabelOptions().setExact(true));
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the e-mail settings"));
        email.fill("not an address");
        save.click();
        assertThat(page.locator("#settings .ui-message-error")).isVisible();
        email.fill("ntb-frontline@chantilly.test");
        save.click();
        assertThat(page.locator("#outcome")).containsText("Saved: your notifications go to your address too.");
        assertThat(page.locator("#settings .ui-message-error")).hasCount(0);
        Console.assertAccessible(page, "notifications-settings");
        assertThat(Api.object(Work.get(frontline, "/api/account/notifications/settings")).getString("email"))
                .isEqualTo("ntb-frontline@chantilly.test");
        console.assertNoScriptErrors();
    }
}
