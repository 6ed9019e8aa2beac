package org.chantilly.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The staff console in a real browser: Debian's headless {@code chromium} driven by Playwright (which must never
 * download a browser of its own). Each employee gets their own browser context, so their sessions are separate.
 * Every page a test opens is also checked for script errors (a blocked script shows up as one) and, where a test
 * asks, for accessibility with axe-core (WCAG 2.2 A and AA; serious and critical violations fail the test).
 */
public final class Console implements AutoCloseable {

    public static final String BASE = "http://localhost:8080/console/";

    /** The WCAG rule sets axe checks. */
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> errors = new ArrayList<>();

    private Console(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Console start() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chantilly.it.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Console(playwright, browser);
    }

    /** A new browser (context) for one employee, logged in through the login form, on the start page. */
    public Page loggedIn(String user, String password) {
        return loggedIn(user, password, "en-GB");
    }

    /**
     * Logged in, and in the browser's language: the console starts in the employee's own language (a demo employee's
     * may be German, Swedish or Finnish), so one whose own language is another switches to the browser's, as they
     * would themselves (which keeps it as their own language from then on). {@code LanguageConsoleIT} logs in by hand
     * to see the console choose.
     */
    public Page loggedIn(String user, String password, String browserLocale) {
        Page page = open(browserLocale);
        page.navigate(BASE);
        page.getByLabel(Texts.USER_NAME).fill(user);
        page.locator("#password").fill(password);
        page.locator("#login").click();
        page.waitForURL(url -> !url.contains("login"));
        String wanted = Locale.forLanguageTag(browserLocale).getLanguage();
        if (!wanted.equals(page.locator("html").getAttribute("lang"))
                && page.locator("#language\\:choice option[value='" + wanted + "']").count() > 0) {
            page.locator("#language\\:choice").selectOption(wanted);
            page.locator("#language\\:switch").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("html"))
                    .hasAttribute("lang", wanted);
        }
        return page;
    }

    /** A new browser (context) with nobody logged in. */
    public Page open(String browserLocale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(browserLocale).setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add(page.url() + ": " + error));
        return page;
    }

    /** No page opened so far logged a script error (a script the content security policy blocked included). */
    public void assertNoScriptErrors() {
        assertThat(errors).as("script errors in the console").isEmpty();
    }

    /**
     * Checks the page as it is now with axe-core against WCAG 2.2 A and AA, records every violation in
     * {@code target/axe-results.txt}, and fails on serious or critical ones.
     */
    public static void assertAccessible(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(rule -> "  " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        record(name + ": " + violations.size() + " violations, " + results.getPasses().size() + " rules passed"
                + (report.isEmpty() ? "" : "\n" + report));
        assertThat(violations.stream().filter(rule -> "serious".equals(rule.getImpact())
                        || "critical".equals(rule.getImpact())).map(rule -> rule.getId() + ": " + rule.getHelp()
                        + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))))
                .as("serious or critical accessibility violations on %s", name).isEmpty();
    }

    /**
     * Saves a screenshot of the whole page as {@code <name>.png} in {@code chantilly.it.screenshots}: the build's
     * target by default, {@code docs/screenshots} when they are refreshed on demand.
     */
    public static void screenshot(Page page, String name) {
        Path directory = Paths.get(System.getProperty("chantilly.it.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + ".png")).setFullPage(true));
    }

    private static synchronized void record(String line) {
        Path file = Paths.get("target", "axe-results-" + System.getProperty("chantilly.it.db.driver", "h2") + ".txt");
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** English texts the tests find elements by, as a user does (by their visible label). */
    public static final class Texts {
        public static final String USER_NAME = "User name";

        private Texts() {
        }
    }
}
