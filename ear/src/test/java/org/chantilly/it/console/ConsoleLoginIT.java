package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.Json;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * Logging in and out of the console in a real browser: the server's root opens the login form, a wrong password is
 * refused with a message, the employee lands on a start page in their own language and can switch it, and after
 * logging out the console asks for a login again. (How the language is chosen and kept: {@code LanguageConsoleIT}.)
 */
@ArquillianTest
@RunAsClient
class ConsoleLoginIT extends BrowserTest {

    private static final Pattern PASSWORD_PAGE = Pattern.compile(".*/console/account/password\\.xhtml.*");
    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);





    @Test
    void anEmployeeLogsInSwitchesLanguageAndLogsOut() {
        Page page = console.open("en-GB");
        page.navigate("http://localhost:8080/");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Chantilly"))).isVisible();
        Console.assertAccessible(page, "login");
        Console.screenshot(page, "login");

        page.getByLabel("User name").fill("frontline");
        page.getByLabel("Password").fill("not the password");
        page.locator("#login").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).containsText("wrong");

        page.getByLabel("User name").fill("frontline");
        page.getByLabel("Password").fill(Work.passwordOf("frontline"));
        page.locator("#login").click();
        // the demo employee's own language is German; another test may have made it English
        assertThat(page.locator("h1")).hasText(Pattern.compile("Welcome|Willkommen"));
        page.locator("#language\\:choice").selectOption("en");
        page.locator("#language\\:switch").click();
        assertThat(page.locator("h1")).hasText("Welcome");
        assertThat(page.locator(".who")).containsText("HAM");
        Console.assertAccessible(page, "home");

        page.getByLabel("Language").selectOption("de");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Switch")).click();
        assertThat(page.locator("h1")).hasText("Willkommen");
        assertThat(page.locator("html")).hasAttribute("lang", "de");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Abmelden")).click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).isVisible();
        page.navigate(Console.BASE);
        assertThat(page.locator("#login")).isVisible();
        console.assertNoScriptErrors();
    }

    /**
     * Item 8: an account an administrator created sees only the change-password page until it has chosen its own
     * password (every other page leads there); the current password is checked, the new one typed twice; afterwards
     * this session goes on and the employee's other session ends. Any employee changes their password from the header.
     */
    @Test
    void anAdministratorsPasswordIsChangedFirstAndTheOtherSessionEnds() {
        String login = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        String initial = "the administrator's first password";
        String own = "Lanterns over the quiet harbour";
        HttpResponse<String> added = Api.postJson("admin", "/api/admin/staff", Json.createObjectBuilder()
                .add("login", login).add("name", "Paula Wechsel").add("role", "FRONTLINE").add("branchCode", "HAM")
                .add("language", "en").add("initialPassword", initial).build().toString());
        org.assertj.core.api.Assertions.assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        Page page = console.loggedIn(login, initial);
        assertThat(page).hasURL(PASSWORD_PAGE);
        assertThat(page.locator("h1")).hasText("Change your password");
        assertThat(page.locator("#required")).containsText("An administrator set your password");
        assertThat(page.locator("nav.console-nav")).hasCount(0);
        Console.assertAccessible(page, "password-change-required");
        Console.screenshot(page, "password-change-required");
        for (String elsewhere : List.of("", "frontline/new.xhtml", "handbook/read.xhtml", "frontline/tasks.xhtml")) {
            page.navigate(Console.BASE + elsewhere);
            assertThat(page).hasURL(PASSWORD_PAGE);
        }
        Page other = console.loggedIn(login, initial);
        assertThat(other).hasURL(PASSWORD_PAGE);

        // the current password is checked (a wrong one counts as a failed login), the new one typed the same twice
        Locator form = page.locator("form#change");
        form.getByLabel("Current password").fill("not my password");
        form.getByLabel("New password", EXACT).fill(own);
        form.getByLabel("New password again").fill(own);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change the password")).click();
        assertThat(page.locator("form#change")).containsText("This is not your current password.");
        Console.assertAccessible(page, "password-change-refused");
        form = page.locator("form#change");
        form.getByLabel("Current password").fill(initial);
        form.getByLabel("New password", EXACT).fill(own);
        form.getByLabel("New password again").fill("Lanterns over the loud harbour");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change the password")).click();
        assertThat(page.locator("form#change")).containsText("Does not match the new password.");
        form = page.locator("form#change");
        form.getByLabel("Current password").fill(initial);
        form.getByLabel("New password", EXACT).fill(own);
        form.getByLabel("New password again").fill(own);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change the password")).click();
        assertThat(page.locator("#outcome")).containsText("Your password is changed.");
        assertThat(page.locator("nav.console-nav")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue to the start page")).click();
        assertThat(page.locator("h1")).hasText("Welcome");

        // this session goes on, the other one has ended; the API takes only the new password
        page.navigate(Console.BASE + "frontline/tasks.xhtml");
        assertThat(page.locator("h1")).hasText("My tasks");
        other.navigate(Console.BASE + "frontline/tasks.xhtml");
        assertThat(other.locator("#login")).isVisible();
        org.assertj.core.api.Assertions.assertThat(Api.send(Api.as(login, own, "/api/tasks").GET()).statusCode())
                .isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(Api.send(Api.as(login, initial, "/api/tasks").GET()).statusCode())
                .isEqualTo(401);

        // any employee changes their password from the header of every page
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change password").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Change your password");
        assertThat(page.locator("#required")).hasCount(0);
        assertThat(page.locator("nav.console-nav")).isVisible();
        Console.assertAccessible(page, "password-change");
        Console.screenshot(page, "password-change");
        console.assertNoScriptErrors();
    }

    /** A new employee of HAM in this role who has chosen their own password {@code own}. */
    private static String newEmployee(String role, String own) {
        String login = "ses-" + UUID.randomUUID().toString().substring(0, 8);
        String initial = "the administrator's first password";
        HttpResponse<String> added = Api.postJson("admin", "/api/admin/staff", staff(login, role, initial));
        org.assertj.core.api.Assertions.assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Api.firstPassword(login, initial, own);
        return login;
    }

    private static String staff(String login, String role, String initialPassword) {
        var staff = Json.createObjectBuilder().add("login", login).add("name", "Sina Sitzung").add("role", role)
                .add("branchCode", "HAM").add("language", "en");
        return (initialPassword == null ? staff : staff.add("initialPassword", initialPassword)).build().toString();
    }

    /**
     * Item 3: a console session ends at its next request when the employee's access changes (here a supervisor made a
     * frontline employee, then deactivated), and the login page says why; logging in again gives the new access.
     */
    @Test
    void aDemotedOrDeactivatedEmployeesSessionEndsAtTheNextRequest() {
        String own = "Quiet lanterns over the harbour";
        String login = newEmployee("SUPERVISOR", own);
        Page page = console.loggedIn(login, own);
        page.navigate(Console.BASE + "supervisor/queue.xhtml");
        assertThat(page.locator("#login")).hasCount(0);

        HttpResponse<String> demoted = Api.send(Api.as("admin", "/api/admin/staff/" + login)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(staff(login, "FRONTLINE", null))));
        org.assertj.core.api.Assertions.assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
        page.navigate(Console.BASE + "supervisor/queue.xhtml");
        assertThat(page.locator("#login")).isVisible();
        assertThat(page.locator("#ended")).containsText("account changed");

        page = console.loggedIn(login, own);
        page.navigate(Console.BASE + "frontline/tasks.xhtml");
        assertThat(page.locator("h1")).hasText("My tasks");
        assertThat(page.locator("nav.console-nav")).not().containsText("Escalations");
        org.assertj.core.api.Assertions.assertThat(
                Api.postJson("admin", "/api/admin/staff/" + login + "/deactivate", "").statusCode()).isEqualTo(200);
        page.navigate(Console.BASE + "frontline/tasks.xhtml");
        assertThat(page.locator("#ended")).isVisible();
        console.assertNoScriptErrors();
    }

    /**
     * Item 3: a session lasts at most chantilly.security.session.max-lifetime however busy it is (one shift by default;
     * a few seconds here, set on the running server for this test only). The session begins somewhere between the
     * moment the login starts and the moment it is done: it is used while it is surely younger than its lifetime
     * (however slow the machine), and asked for again once it is surely older.
     */
    @Test
    void aSessionEndsAfterItsLongestTimeHoweverBusy() throws Exception {
        String key = "chantilly.security.session.max-lifetime";
        long lifetime = 15_000;
        try (ModelControllerClient server = ModelControllerClient.Factory.create("127.0.0.1", 9990)) {
            ModelNode add = new ModelNode();
            add.get("operation").set("add");
            add.get("address").add("system-property", key);
            add.get("value").set("PT" + lifetime / 1_000 + "S");
            org.assertj.core.api.Assertions.assertThat(server.execute(add).get("outcome").asString())
                    .isEqualTo("success");
            try {
                long loginStarted = System.nanoTime();
                Page page = console.loggedIn("frontline", Work.passwordOf("frontline"));
                long loggedIn = System.nanoTime();
                int used = 0;
                while (millisSince(loginStarted) < lifetime / 2) {
                    page.navigate(Console.BASE + "frontline/tasks.xhtml");
                    assertThat(page.locator("#login")).hasCount(0);
                    used++;
                    Thread.sleep(1_000);
                }
                org.assertj.core.api.Assertions.assertThat(used).as("pages while the session was young").isGreaterThan(1);
                Thread.sleep(Math.max(0, lifetime + 1_000 - millisSince(loggedIn)));
                page.navigate(Console.BASE + "frontline/tasks.xhtml");
                assertThat(page.locator("#login")).isVisible();
                assertThat(page.locator("#lifetime")).containsText("one shift");
            } finally {
                ModelNode remove = new ModelNode();
                remove.get("operation").set("remove");
                remove.get("address").add("system-property", key);
                server.execute(remove);
            }
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
