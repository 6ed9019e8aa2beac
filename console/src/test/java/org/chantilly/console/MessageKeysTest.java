package org.chantilly.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.validation.Constraint;

import org.chantilly.console.support.ServiceMessages;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.MessageKey;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message a service can give reaches the console with a key, and every key is translated: the message enums of
 * all modules (found by scanning the code for enums implementing {@link MessageKey}) against the console's
 * {@code messages} bundle in each language, with the English placeholders; no code throws a message without a key
 * (the deprecated constructors that take an English text); every Bean Validation constraint names a
 * {@link PlatformMessage} as its template.
 */
class MessageKeysTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}]+)}");

    private static JavaClasses classes;
    private static Map<String, MessageKey> keys;

    @BeforeAll
    static void importClasses() throws ClassNotFoundException {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chantilly");
        keys = new LinkedHashMap<>();
        for (JavaClass type : classes) {
            if (type.isEnum() && type.isAssignableTo(MessageKey.class)) {
                for (Object constant : Class.forName(type.getName()).getEnumConstants()) {
                    MessageKey key = (MessageKey) constant;
                    MessageKey other = keys.put(key.key(), key);
                    assertThat(other).as("the key %s of %s is also %s", key.key(), key, other).isNull();
                }
            }
        }
    }

    @Test
    void everyModuleHasItsMessages() {
        Set<String> enums = new TreeSet<>();
        keys.values().forEach(key -> enums.add(key.getClass().getSimpleName()));
        assertThat(enums).contains("PlatformMessage", "IntakeMessage", "HandbookMessage", "WorkflowMessage");
        assertThat(keys).hasSizeGreaterThan(150);
    }

    @Test
    void everyEnglishTextIsAMessageFormat() {
        for (MessageKey key : keys.values()) {
            assertWellFormed(key.english(), key.key() + " in English");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "sv", "fi", "ru"})
    void everyKeyIsTranslatedWithTheSamePlaceholders(String language) throws IOException {
        Properties translated = BundlesTest.load("messages_" + language + ".properties");
        List<String> missing = new ArrayList<>();
        for (MessageKey key : keys.values()) {
            String text = translated.getProperty(key.key());
            if (text == null || text.isBlank()) {
                missing.add(key.key());
                continue;
            }
            assertThat(BundlesTest.placeholders(text)).as("%s in %s", key.key(), language)
                    .isEqualTo(BundlesTest.placeholders(key.english()));
            assertWellFormed(text, key.key() + " in " + language);
        }
        assertThat(missing).as("keys without a translation in messages_%s.properties", language).isEmpty();
        assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys no module has (any more) in %s", language)
                .isSubsetOf(keys.keySet());
    }

    @Test
    void theBaseBundleLeavesEnglishToTheCode() throws IOException {
        assertThat(BundlesTest.load("messages.properties")).as("English comes from the message enums").isEmpty();
    }

    @Test
    void aMessageIsShownInTheEmployeesLanguageWithItsArgumentsTranslatedToo() {
        var opens = PlatformMessage.BRANCH_OPENS_BEFORE_CLOSES.with();
        assertThat(ServiceMessages.text(opens, Locale.GERMAN)).isEqualTo("muss öffnen, bevor sie schließt");
        assertThat(ServiceMessages.text(opens, Locale.ENGLISH)).isEqualTo("must open before it closes");
        assertThat(ServiceMessages.text(opens, Locale.forLanguageTag("sv"))).isEqualTo("måste öppna innan den stänger");
        var length = PlatformMessage.PASSWORD_LENGTH.with(12, 128);
        assertThat(ServiceMessages.text(length, Locale.forLanguageTag("fi"))).isEqualTo("on oltava 12–128 merkkiä pitkä");
        assertThat(length.english()).isEqualTo("must have 12 to 128 characters");
        var nested = PlatformMessage.JSON_STRING.with(PlatformMessage.JSON_IS_NUMBER);
        assertThat(nested.english()).isEqualTo("must be a string, not a number");
        assertThat(ServiceMessages.text(nested, Locale.GERMAN)).isEqualTo("muss eine Zeichenkette sein, nicht eine Zahl");
        assertThat(ServiceMessages.text(new FieldError("x", "an old text without a key"), Locale.GERMAN))
                .as("a text without a key stays English").isEqualTo("an old text without a key");
    }

    @Test
    void noCodeGivesAMessageWithoutAKey() {
        List<String> offenders = new ArrayList<>();
        for (JavaClass type : classes) {
            for (JavaConstructorCall call : type.getConstructorCallsFromSelf()) {
                Optional<JavaConstructor> target = call.getTarget().resolveMember();
                JavaCodeUnit origin = call.getOrigin();
                if (target.isPresent() && target.get().isAnnotatedWith(Deprecated.class)
                        && !origin.isAnnotatedWith(Deprecated.class)
                        && (target.get().getOwner().isAssignableTo(ProblemException.class)
                        || target.get().getOwner().isEquivalentTo(FieldError.class))) {
                    offenders.add(call.getDescription());
                }
            }
        }
        assertThat(offenders).as("messages without a key: add them to the module's message enum (see README, Errors)")
                .isEmpty();
    }

    @Test
    void everyConstraintNamesAPlatformMessage() {
        List<String> offenders = new ArrayList<>();
        for (JavaClass type : classes) {
            List<JavaAnnotation<?>> annotations = new ArrayList<>(type.getAnnotations());
            for (JavaField field : type.getFields()) {
                annotations.addAll(field.getAnnotations());
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                annotations.addAll(unit.getAnnotations());
                for (JavaParameter parameter : unit.getParameters()) {
                    annotations.addAll(parameter.getAnnotations());
                }
            }
            for (JavaAnnotation<?> annotation : annotations) {
                if (!annotation.getRawType().isAnnotatedWith(Constraint.class)) {
                    continue;
                }
                String message = (String) annotation.get("message").orElse(null);
                Matcher template = TEMPLATE.matcher(message == null ? "" : message);
                Optional<PlatformMessage> known = template.matches()
                        ? PlatformMessage.ofTemplate(message) : Optional.empty();
                if (known.isEmpty()) {
                    offenders.add(type.getName() + ": @" + annotation.getRawType().getSimpleName() + " " + message);
                } else {
                    known.get().constraintAttributes().stream().filter(name -> annotation.get(name).isEmpty())
                            .forEach(name -> offenders.add(type.getName() + ": @" + annotation.getRawType()
                                    .getSimpleName() + " has no attribute " + name + " for " + message));
                }
            }
        }
        assertThat(offenders).as("Bean Validation messages must be {key} templates of PlatformMessage").isEmpty();
    }

    private static void assertWellFormed(String text, String what) {
        assertThat(text.replace("''", "")).as("%s: an apostrophe is written twice", what).doesNotContain("'");
        Object[] arguments = Stream.generate(() -> "x").limit(10).toArray();
        assertThat(new MessageFormat(text, Locale.ROOT).format(arguments)).as(what).doesNotContain("{");
    }
}
