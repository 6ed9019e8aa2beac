package org.chantilly.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The session's language: the employee's own first, then the browser's, then English. */
class PreferencesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void theEmployeesOwnLanguageComesFirst() {
        assertThat(Preferences.resolve("sv", List.of(Locale.ENGLISH))).isEqualTo(SWEDISH);
        assertThat(Preferences.resolve("sv", List.of(Locale.GERMAN))).isEqualTo(SWEDISH);
        assertThat(Preferences.resolve("sv", List.of())).as("a browser that asks for nothing").isEqualTo(SWEDISH);
        assertThat(Preferences.resolve("sv-FI", List.of(Locale.GERMAN))).as("with a region").isEqualTo(SWEDISH);
        assertThat(Preferences.resolve("en", List.of(Locale.GERMAN))).as("English is a language of its own")
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void thenTheBrowsersFirstLanguageTheConsoleSpeaks() {
        assertThat(Preferences.resolve(null, List.of(Locale.forLanguageTag("fi-FI"), Locale.GERMAN)))
                .isEqualTo(Locale.forLanguageTag("fi"));
        assertThat(Preferences.resolve("pt", List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("ru"))))
                .as("an own language the console does not speak").isEqualTo(Locale.forLanguageTag("ru"));
    }

    @Test
    void elseEnglish() {
        assertThat(Preferences.resolve(null, List.of())).isEqualTo(Locale.ENGLISH);
        assertThat(Preferences.resolve("", List.of(Locale.forLanguageTag("fr")))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aChoiceIsOneOfTheConsolesLanguages() {
        assertThat(Preferences.supported("de")).isEqualTo(Locale.GERMAN);
        assertThat(Preferences.supported("de-AT")).isEqualTo(Locale.GERMAN);
        assertThat(Preferences.supported("xx")).isEqualTo(Locale.ENGLISH);
        assertThat(Preferences.supported(null)).isEqualTo(Locale.ENGLISH);
    }
}
