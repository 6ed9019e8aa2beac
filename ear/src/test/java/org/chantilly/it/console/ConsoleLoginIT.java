package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.chantilly.it.support.Console;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

/**
 * Logging in and out of the console in a real browser: the server's root opens the login form, a wrong password is
 * refused with a message, the employee lands on a start page in their own language and can switch it, and after
 * logging out the console asks for a login again.
 */
@ArquillianTest
@RunAsClient
class ConsoleLoginIT extends BrowserTest {





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
}
