package org.chantilly.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chantilly.platform.api.NotificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What notifications say: in every language, with the same placeholders, instants in the employee's zone. */
class NotificationTextsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    @ParameterizedTest
    @ValueSource(strings = {"de", "sv", "fi", "ru"})
    void everyTextIsInEveryLanguageWithTheSamePlaceholders(String language) throws IOException {
        Properties english = load("texts.properties");
        Properties translated = load("texts_" + language + ".properties");
        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as("%s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(english.getProperty("text." + kind.name())).as("text of %s", kind).isNotBlank();
            assertThat(english.getProperty("subject." + kind.name())).as("subject of %s", kind).isNotBlank();
        }
    }

    @Test
    void aReminderNamesTheComplaintTheTierAndTheDueTimeInTheEmployeesZoneAndLanguage() {
        Map<String, String> params = Map.of("reference", "HAM-2026-000001", "tier", "SUPERVISOR",
                "due", "2026-11-30T19:00:00Z");
        assertThat(new NotificationTexts(Locale.ENGLISH, BERLIN).describe(NotificationKind.DEADLINE_REMINDER, params))
                .startsWith("Reminder: the supervisor decision on complaint HAM-2026-000001 is due November 30, 2026")
                .contains("8:00").doesNotContain("{", "19:00");
        assertThat(new NotificationTexts(Locale.GERMAN, BERLIN).describe(NotificationKind.DEADLINE_REMINDER, params))
                .contains("Filialleitung", "HAM-2026-000001", "30. November 2026", "20:00");
    }

    @Test
    void optionalParametersAddTheirSentenceOnlyWhenGiven() {
        NotificationTexts texts = new NotificationTexts(Locale.forLanguageTag("sv"), ZoneId.of("UTC"));
        String without = texts.describe(NotificationKind.TASK_ASSIGNED, Map.of("reference", "STO-2026-000007", "by", "anna"));
        String with = texts.describe(NotificationKind.TASK_ASSIGNED, Map.of("reference", "STO-2026-000007", "by", "anna",
                "due", Instant.parse("2026-12-01T10:00:00Z").toString()));
        assertThat(without).isEqualTo("anna har tilldelat dig en uppgift om klagomål STO-2026-000007.");
        assertThat(with).startsWith(without + " ").contains("2026");
    }

    @Test
    void anotherLanguageIsEnglishWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(new NotificationTexts(Locale.forLanguageTag("it"), BERLIN)
                    .subject(NotificationKind.HANDBOOK_TO_SIGN, Map.of("version", "4")))
                    .isEqualTo("Chantilly: please read and sign handbook version 4");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theMailGreetsSaysWhatHappenedAndLinksToThePageAndTheSettings() {
        String mail = new NotificationTexts(Locale.ENGLISH, BERLIN).mail("Anna Berg", NotificationKind.DRAFT_SENT_BACK,
                Map.of("version", "7", "by", "admin"), "https://chantilly.example/console/handbook/authoring/edit.xhtml"
                        + "?version=7", "https://chantilly.example/console/account/notifications.xhtml");
        assertThat(mail).startsWith("Hello Anna Berg,\n\nadmin sent handbook draft 7 back to you.")
                .contains("\nhttps://chantilly.example/console/handbook/authoring/edit.xhtml?version=7\n")
                .contains("https://chantilly.example/console/account/notifications.xhtml");
    }

    @Test
    void aFailedMailIsTriedAgainLaterAndLaterUntilItsLastAttempt() {
        Notification notification = new Notification("anna", NotificationKind.TASK_ASSIGNED, "{}", "x",
                Instant.EPOCH, true);
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        notification.mailFailed(now, Duration.ofMinutes(1), 3);
        assertThat(notification.mailNextAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        notification.mailFailed(now, Duration.ofMinutes(1), 3);
        assertThat(notification.mailNextAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(notification.mailState()).isEqualTo(Notification.MailState.PENDING);
        notification.mailFailed(now, Duration.ofMinutes(1), 3);
        assertThat(notification.mailState()).isEqualTo(Notification.MailState.FAILED);
        assertThat(notification.mailNextAt()).isNull();
        assertThat(new Notification("bo", NotificationKind.TASK_ASSIGNED, "{}", "x", Instant.EPOCH, false).mailState())
                .isEqualTo(Notification.MailState.NONE);
    }

    @Test
    void parametersAreStoredAsJsonAndReadBack() {
        String json = NotificationService.json(Map.of("reference", "HAM-2026-000001", "by", "stefan"));
        assertThat(json).isEqualTo("{\"by\":\"stefan\",\"reference\":\"HAM-2026-000001\"}");
        assertThat(NotificationService.params(json)).containsExactly(Map.entry("by", "stefan"),
                Map.entry("reference", "HAM-2026-000001"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationTextsTest.class.getResourceAsStream(
                "/org/chantilly/platform/notifications/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
