package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

/**
 * The administrator's pages in a real browser: a branch with business hours and a public holiday (an invalid value
 * first, refused at its field), a staff account in it (a weak password first, refused at its field), a new password
 * for it and its deactivation, checked through the API; and the incidents page.
 */
@ArquillianTest
@RunAsClient
class AdminConsoleIT extends BrowserTest {

    private static final String FIRST_PASSWORD = "a long enough password";
    private static final String NEW_PASSWORD = "quiet harbour lanterns 47";
    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);





    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator group(Locator scope, String name) {
        return scope.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void navigate(Page page, String link) {
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(link).setExact(true)).click();
    }

    @Test
    void anAdministratorOpensABranchStaffsItAndLooksAtIncidents() {
        String code = "C" + UUID.randomUUID().toString().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT).substring(0, 4);
        String login = "clerk-" + code.toLowerCase(Locale.ROOT);
        Page page = console.loggedIn("admin", Work.passwordOf("admin"));

        // a branch: an invalid time zone and a Monday that closes before it opens are refused at their fields
        navigate(page, "Branches");
        assertThat(page.locator("h1")).hasText("Branches");
        button(page, "New branch").click();
        Locator form = page.locator("form#branch");
        form.getByLabel("Code", EXACT).fill(code);
        form.getByLabel("Name", EXACT).fill("Chantilly Console " + code);
        form.getByLabel("Address", EXACT).fill("Storgatan 1\n211 34 Malmö");
        form.getByLabel("Country code", EXACT).fill("SE");
        form.getByLabel("Time zone", EXACT).fill("Mars/Olympus");
        form.getByLabel("Region", EXACT).fill("CONSOLE");
        form.getByLabel("Language", EXACT).fill("sv");
        Locator monday = group(form, "Monday");
        monday.getByLabel("Opens", EXACT).fill("18:00");
        monday.getByLabel("Closes", EXACT).fill("09:00");
        button(form, "Add a public holiday").click();
        Locator holiday = group(page.locator("form#branch"), "Public holiday 1");
        holiday.getByLabel("Date", EXACT).fill("2026-12-24");
        holiday.getByLabel("Name of the holiday", EXACT).fill("Julafton");
        button(page.locator("form#branch"), "Save").click();

        form = page.locator("form#branch");
        assertThat(group(form, "Monday")).containsText("must open before it closes");
        assertThat(form.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("Time zone", new Page.GetByLabelOptions().setExact(true)))))
                .containsText("IANA time zone");
        assertThat(group(form, "Public holiday 1").getByLabel("Name of the holiday", EXACT)).hasValue("Julafton");
        Console.assertAccessible(page, "admin-branch-form");

        form.getByLabel("Time zone", EXACT).fill("Europe/Stockholm");
        group(form, "Monday").getByLabel("Opens", EXACT).fill("10:00");
        group(form, "Monday").getByLabel("Closes", EXACT).fill("18:00");
        button(form, "Save").click();
        assertThat(page.locator("#outcome")).containsText("Branch " + code + " is open.");
        Locator row = page.locator("#list tbody tr").filter(new Locator.FilterOptions().setHasText("Chantilly Console " + code));
        assertThat(row).containsText("CONSOLE");
        assertThat(row).containsText("Europe/Stockholm");
        Console.assertAccessible(page, "admin-branches");
        Console.screenshot(page, "admin-branches");

        // a staff account in it: a weak initial password is refused at its field
        navigate(page, "Staff");
        assertThat(page.locator("h1")).hasText("Staff");
        button(page, "New account").click();
        Locator staff = page.locator("form#staff");
        staff.getByLabel("Login", EXACT).fill(login);
        staff.getByLabel("Name", EXACT).fill("Klara Console");
        staff.getByLabel("Role", EXACT).selectOption("FRONTLINE");
        staff.getByLabel("Branch", EXACT).selectOption(code);
        staff.getByLabel("Language", EXACT).selectOption("sv");
        staff.getByLabel("E-mail address", EXACT).fill("klara at chantilly");
        staff.getByLabel("Initial password", EXACT).fill("short");
        button(staff, "Save").click();
        staff = page.locator("form#staff");
        // the form's constraints first: an address that is none is refused at its field
        assertThat(staff.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)))))
                .containsText("email address");
        staff.getByLabel("E-mail address", EXACT).fill("klara@chantilly.test");
        staff.getByLabel("Initial password", EXACT).fill("short");
        button(staff, "Save").click();
        staff = page.locator("form#staff");
        assertThat(staff.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("Initial password", new Page.GetByLabelOptions().setExact(true)))))
                .containsText("characters");
        staff.getByLabel("Initial password", EXACT).fill(FIRST_PASSWORD);
        button(staff, "Save").click();
        assertThat(page.locator("#outcome")).containsText("Account " + login + " is created.");
        assertThat(Api.send(Api.as(login, FIRST_PASSWORD, "/api/tasks").GET()).statusCode())
                .as("logged in, but the administrator's password is to be changed first").isEqualTo(403);

        // the branch's staff, a new password for the account
        page.locator("form#filter").getByLabel("Branch", EXACT).selectOption(code);
        button(page.locator("form#filter"), "Show").click();
        Locator account = page.locator("#list tbody tr").filter(new Locator.FilterOptions().setHasText(login));
        assertThat(account).containsText("Active");
        assertThat(page.locator("#list tbody tr")).hasCount(1);
        button(account, "New password for " + login).click();
        Locator reset = page.locator("form#reset");
        reset.getByLabel("New password", EXACT).fill(NEW_PASSWORD);
        button(reset, "Set the password").click();
        assertThat(page.locator("#outcome")).containsText("Account " + login + " has a new password; they must "
                + "replace it at their next login.");
        assertThat(Api.send(Api.as(login, FIRST_PASSWORD, "/api/tasks").GET()).statusCode()).isEqualTo(401);
        assertThat(Api.send(Api.as(login, NEW_PASSWORD, "/api/tasks").GET()).statusCode())
                .as("the new password logs in, and is to be changed first").isEqualTo(403);
        Console.assertAccessible(page, "admin-staff");
        Console.screenshot(page, "admin-staff");

        // deactivation, after a confirmation
        account = page.locator("#list tbody tr").filter(new Locator.FilterOptions().setHasText(login));
        button(account, "Deactivate " + login).click();
        Locator confirm = page.locator(".ui-confirm-dialog");
        assertThat(confirm).isVisible();
        assertThat(confirm).containsText("They can no longer log in");
        button(confirm, "Yes").click();
        assertThat(page.locator("#outcome")).containsText("Account " + login + " is deactivated");
        assertThat(page.locator("#list tbody tr").filter(new Locator.FilterOptions().setHasText(login)))
                .containsText("Deactivated");

        // the API sees what the console did
        HttpResponse<String> branch = Api.get("admin", "/api/admin/branches/" + code);
        assertThat(branch.statusCode()).isEqualTo(200);
        JsonObject opened = Api.object(branch);
        assertThat(opened.getString("timeZone")).isEqualTo("Europe/Stockholm");
        assertThat(opened.getJsonArray("businessHours").getJsonObject(0).getString("day")).isEqualTo("MONDAY");
        assertThat(opened.getJsonArray("businessHours").getJsonObject(0).getString("opens")).startsWith("10:00");
        assertThat(opened.getJsonArray("businessHours").stream().map(h -> h.asJsonObject().getString("day")))
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(opened.getJsonArray("publicHolidays").getJsonObject(0).getString("date")).isEqualTo("2026-12-24");
        JsonObject employee = Api.array(Api.get("admin", "/api/admin/staff")).stream().map(JsonValue::asJsonObject)
                .filter(s -> login.equals(s.getString("login"))).findFirst().orElseThrow();
        assertThat(employee.getString("branchCode")).isEqualTo(code);
        assertThat(employee.getString("role")).isEqualTo("FRONTLINE");
        assertThat(employee.getString("email")).isEqualTo("klara@chantilly.test");
        assertThat(employee.getBoolean("active")).isFalse();
        assertThat(Api.send(Api.as(login, NEW_PASSWORD, "/api/tasks").GET()).statusCode()).isEqualTo(401);

        // the incidents: a table with a retry for each, or a message that there are none
        navigate(page, "Incidents");
        assertThat(page.locator("h1")).hasText("Incidents");
        if (Api.array(Api.get("admin", "/api/incidents")).isEmpty()) {
            assertThat(page.getByText("There are no open incidents.")).isVisible();
        } else {
            assertThat(page.locator("#incidents table")).isVisible();
        }
        Console.assertAccessible(page, "admin-incidents");
        Console.screenshot(page, "admin-incidents");
        console.assertNoScriptErrors();
    }
}
