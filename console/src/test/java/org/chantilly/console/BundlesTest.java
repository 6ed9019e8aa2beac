package org.chantilly.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text of the console exists in all five languages, with the same placeholders as the English one. */
class BundlesTest {

    static final String[] LANGUAGES = {"de", "sv", "fi", "ru"};
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    static Stream<String> bundles() {
        return Stream.of("common", "frontline", "supervisor", "handbook", "auditor", "admin", "account", "faces");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        for (String language : LANGUAGES) {
            Properties translated = load(bundle + "_" + language + ".properties");
            assertThat(translated.stringPropertyNames()).as("%s in %s", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as("%s %s in %s", bundle, key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(translated.getProperty(key)).as("%s %s in %s", bundle, key, language).isNotBlank();
            }
        }
    }

    /** The administrators' role choice names every role (the other languages follow from the test above). */
    @Test
    void everyRoleHasItsNameForTheStaffPage() throws IOException {
        Properties english = load("admin.properties");
        for (String role : Roles.ALL) {
            assertThat(english.getProperty("role." + role)).as("admin role.%s", role).isNotBlank();
        }
    }

    /** The numbered placeholders of a message, without their formats ({0,number} is {0}). */
    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll(",.*}", "}"));
        }
        return found;
    }

    /** A bundle of the console, read as UTF-8. */
    static Properties load(String name) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/chantilly/console/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
