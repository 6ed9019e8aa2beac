package org.chantilly.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.Console;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

/**
 * The console in the employee's own language: their staff record's language before the browser's, kept when they
 * switch; handling advice in it, while the words to say to the customer are in the customer's language and say so;
 * and the services' refusals (the branch form's rules, the password policy) translated at their fields. Each test
 * has accounts of its own, created by the administrator with a language and logged in by hand (not through
 * {@link Console#loggedIn}, which switches to the browser's language).
 */
@ArquillianTest
@RunAsClient
class LanguageConsoleIT extends BrowserTest {

    private static final String INITIAL = "the administrator's first password";
    private static final String OWN = "Seven swans above the frozen lake";

    /** A new employee with their own password, in that role, branch (or none) and language; returns the login. */
    private static String employee(String role, String branch, String language) {
        String login = "lang-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        var staff = Json.createObjectBuilder().add("login", login).add("name", "Lena Sprache " + language)
                .add("role", role).add("language", language).add("initialPassword", INITIAL);
        if (branch != null) {
            staff.add("branchCode", branch);
        }
        HttpResponse<String> added = Api.postJson("admin", "/api/admin/staff", staff.build().toString());
        org.assertj.core.api.Assertions.assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Api.firstPassword(login, INITIAL, OWN);
        return login;
    }

    /** Logs in through the form in a browser that asks for {@code browserLocale}, and lands on the start page. */
    private static Page logIn(String login, String browserLocale) {
        Page page = console.open(browserLocale);
        page.navigate(Console.BASE);
        page.locator("#username").fill(login);
        page.locator("#password").fill(OWN);
        page.locator("#login").click();
        page.waitForURL(url -> !url.contains("login"));
        return page;
    }

    private static void switchTo(Page page, String language) {
        page.locator("#language\\:choice").selectOption(language);
        page.locator("#language\\:switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", language);
    }

    @Test
    void aSwedishEmployeeWithAnEnglishBrowserSeesSwedishAndKeepsTheLanguageTheyChoose() {
        String login = employee("FRONTLINE", "STO", "sv");

        // the login page knows only the browser; after the login the employee's own language wins
        Page page = console.open("en-GB");
        page.navigate(Console.BASE);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.locator("#username").fill(login);
        page.locator("#password").fill(OWN);
        page.locator("#login").click();
        assertThat(page.locator("h1")).hasText("Välkommen");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("Nytt klagomål");
        Console.assertAccessible(page, "language-own");

        // a browser that asks for German changes nothing either
        Page german = logIn(login, "de-DE");
        assertThat(german.locator("h1")).hasText("Välkommen");

        // switching to German keeps German as the employee's language: the next login starts in it
        switchTo(page, "de");
        assertThat(page.locator("h1")).hasText("Willkommen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
        Page next = logIn(login, "en-GB");
        assertThat(next.locator("h1")).hasText("Willkommen");
        assertThat(next.getByRole(AriaRole.NAVIGATION)).containsText("Neue Beschwerde");

        // kept in the staff record and audited as a change of the employee, made by the employee
        JsonObject record = Api.array(Api.get("admin", "/api/admin/staff")).stream().map(JsonValue::asJsonObject)
                .filter(s -> login.equals(s.getString("login"))).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(record.getString("language")).isEqualTo("de");
        org.assertj.core.api.Assertions.assertThat(Api.array(Api.get("auditor",
                        "/api/audit/records?objectType=USER&objectId=" + login)).stream().map(JsonValue::asJsonObject)
                        .filter(r -> "USER_CHANGED".equals(r.getString("action"))))
                .singleElement().satisfies(changed -> {
                    org.assertj.core.api.Assertions.assertThat(changed.getString("actor")).isEqualTo(login);
                    org.assertj.core.api.Assertions.assertThat(changed.getString("before")).contains("language", "sv");
                    org.assertj.core.api.Assertions.assertThat(changed.getString("after")).contains("language", "de");
                });
        console.assertNoScriptErrors();
    }

    @Test
    void aGermanEmployeeReadsAdviceInGermanAndTheWordsForAnEnglishCustomerInEnglishLabelledSo() {
        String login = employee("FRONTLINE", "HAM", "de");
        Page page = logIn(login, "en-GB");
        page.navigate(Console.BASE + "frontline/new.xhtml");
        assertThat(page.locator("h1")).hasText("Neue Beschwerde");

        page.locator("#complaint\\:customerType").selectOption("IRRITATED_LOYAL");
        assertThat(page.locator("#guide\\:advice")).containsText("treuer Kunde");
        // the customer speaks English: the phrases to say come in English, and say so
        page.locator("#complaint\\:customer_preferredLanguage").selectOption("en");
        Locator phrases = page.locator("#guide\\:phrases");
        assertThat(phrases.locator("caption")).hasText("Zum Kunden sagen (English)");
        assertThat(phrases).containsText("Let me find out for you right away.");
        assertThat(phrases.locator("tbody")).hasAttribute("lang", "en");
        assertThat(page.locator("#guide ul.rules")).containsText("Hör zu, ohne zu unterbrechen.");
        Console.assertAccessible(page, "language-advice");

        // at the counter (the form's first channel): the acknowledgement is said there
        assertThat(page.locator("#complaint\\:channel")).hasValue("IN_PERSON");
        page.locator("#complaint\\:customer_name").fill("Oliver Bennett");
        page.locator("#complaint\\:description").fill("The toaster burns every slice; the customer is at the counter.");
        page.locator("#complaint\\:file").click();
        assertThat(page.locator("#sayNow")).hasText("Zum Kunden sagen (English)");
        assertThat(page.locator("p.script")).containsText("Thank you for telling us");
        assertThat(page.locator("p.script")).hasAttribute("lang", "en");
        String reference = page.locator("#reference").innerText().trim();

        // the complaint page: the task's advice in German, the words to say in English, labelled
        page.navigate(Console.BASE + "complaints/view.xhtml?ref=" + reference);
        assertThat(page.locator("p.advice")).containsText("treuer Kunde");
        assertThat(page.locator("#say-customer")).containsText("Zum Kunden sagen (English):");
        assertThat(page.locator("#say-customer ul")).containsText("Let me find out for you right away.");

        // the API gives the same advice in the employee's language over this English customer's complaint
        JsonObject complaint = Api.object(Api.send(Api.as(login, OWN, "/api/complaints/" + reference).GET()));
        org.assertj.core.api.Assertions.assertThat(complaint.getString("handlingAdvice")).contains("treuer Kunde");
        org.assertj.core.api.Assertions.assertThat(complaint.getJsonObject("customer").getString("preferredLanguage"))
                .isEqualTo("en");
        console.assertNoScriptErrors();
    }

    @Test
    void theServicesRefusalsAreTranslatedAtTheirFields() {
        // the branch form's rule, refused by the platform's service, in the administrator's German
        String admin = employee("ADMIN", null, "de");
        Page page = logIn(admin, "en-GB");
        page.navigate(Console.BASE + "admin/branches.xhtml");
        assertThat(page.locator("h1")).hasText("Filialen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neue Filiale").setExact(true)).click();
        Locator form = page.locator("form#branch");
        String code = "L" + UUID.randomUUID().toString().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT)
                .substring(0, 4);
        form.locator("[id='branch:code']").fill(code);
        form.locator("[id='branch:name']").fill("Chantilly Sprache " + code);
        form.locator("[id='branch:address']").fill("Sprachweg 1\n20095 Hamburg");
        form.locator("[id='branch:countryCode']").fill("DE");
        form.locator("[id='branch:timeZone']").fill("Europe/Berlin");
        form.locator("[id='branch:region']").fill("DACH");
        form.locator("[id='branch:language']").fill("de");
        Locator monday = form.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Montag").setExact(true));
        monday.locator("input[id$=':opens']").fill("18:00");
        monday.locator("input[id$=':closes']").fill("09:00");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Speichern").setExact(true)).click();
        monday = page.locator("form#branch").getByRole(AriaRole.GROUP,
                new Locator.GetByRoleOptions().setName("Montag").setExact(true));
        assertThat(monday).containsText("muss öffnen, bevor sie schließt");
        assertThat(monday).not().containsText("must open before it closes");
        Console.assertAccessible(page, "language-refusal");

        // the password policy's refusal, on a Finnish employee's own password page
        String finn = employee("FRONTLINE", "HEL", "fi");
        Page own = logIn(finn, "en-GB");
        own.navigate(Console.BASE + "account/password.xhtml");
        Locator change = own.locator("form#change");
        change.locator("[id='change:currentPassword']").fill(OWN);
        change.locator("[id='change:newPassword']").fill("lyhyt");
        change.locator("[id='change:repeatedPassword']").fill("lyhyt");
        change.locator("[id='change:save']").click();
        assertThat(own.locator("form#change")).containsText("on oltava 12–128 merkkiä pitkä");
        change = own.locator("form#change");
        change.locator("[id='change:currentPassword']").fill(OWN);
        change.locator("[id='change:newPassword']").fill(finn + " is my password");
        change.locator("[id='change:repeatedPassword']").fill(finn + " is my password");
        change.locator("[id='change:save']").click();
        assertThat(own.locator("form#change")).containsText("ei saa sisältää käyttäjätunnusta");
        console.assertNoScriptErrors();
    }
}
