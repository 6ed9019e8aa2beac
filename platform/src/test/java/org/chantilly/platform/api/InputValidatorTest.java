package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InputValidatorTest {

    enum Colour { RED, GREEN }

    record Form(@RequiredText @PlainText String name, @Size(max = 3) String code, @OneOf(Colour.class) String colour) {
    }

    /** A form with a rule across its fields and an optional text. */
    record Contact(@PlainText String note, String email, String phone) implements RuleChecked {

        @Override
        public List<FieldError> ruleErrors() {
            return Text.isBlank(email) && Text.isBlank(phone)
                    ? List.of(new FieldError("email", "an email or a phone is required")) : List.of();
        }
    }

    private static ValidatorFactory factory;
    private static InputValidator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = new InputValidator(factory.getValidator());
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Test
    void returnsValidInputUnchanged() {
        Form form = new Form("Anna", "abc", "RED");
        assertThat(validator.check(form)).isSameAs(form);
    }

    @Test
    void namesEveryInvalidFieldSortedByName() {
        assertThatThrownBy(() -> validator.check(new Form(" ", "abcd", "BLUE")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("code", "size must be between 0 and 3"),
                                org.assertj.core.groups.Tuple.tuple("colour", "must be one of RED, GREEN"),
                                org.assertj.core.groups.Tuple.tuple("name",
                                        "is required and must not be empty or only spaces")));
    }

    @Test
    void eachMessageCarriesItsKeyAndTheConstraintsAttributesAsArguments() {
        assertThatThrownBy(() -> validator.check(new Form(" ", "abcd", "BLUE")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::text)
                        .containsExactly(PlatformMessage.SIZE.with(0, 3),
                                PlatformMessage.ONE_OF.with("RED, GREEN"),
                                PlatformMessage.REQUIRED_TEXT.with()));
        assertThatThrownBy(() -> validator.check(new Contact("\u2003", "a@example.org", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.text().key()).containsExactly(PlatformMessage.BLANK_TEXT));
        assertThat(new InvalidInputException(List.of(FieldError.of("a", PlatformMessage.REQUIRED),
                FieldError.of("b", PlatformMessage.REQUIRED))).text()).isEqualTo(PlatformMessage.FIELDS_INVALID.with(2));
    }

    @Test
    void textOfUnicodeSpacesAloneIsBlankEverywhere() {
        for (String blank : new String[] {"", " ", "\u3000", "\u2003", "\u00a0\u202f", "\u200b", "\ufeff", "\u2028",
                "\u3164", "\u2800", "\t\r\n"}) {
            assertThat(Text.isBlank(blank)).as("U+%04X", blank.isEmpty() ? 0 : (int) blank.charAt(0)).isTrue();
            assertThatThrownBy(() -> validator.check(new Form(blank, null, null)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                            .containsExactly(new FieldError("name", "is required and must not be empty or only spaces")));
        }
        assertThat(Text.isBlank("\u3000a")).isFalse();
        assertThat(Text.isBlank("\u0661")).as("an Arabic-Indic digit").isFalse();
    }

    @Test
    void anOptionalTextThatIsGivenMustSaySomething() {
        assertThat(validator.check(new Contact(null, "a@example.org", null))).isNotNull();
        assertThatThrownBy(() -> validator.check(new Contact("\u2003", "a@example.org", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("note"));
    }

    @Test
    void rulesAcrossFieldsComeWithTheConstraints() {
        assertThatThrownBy(() -> validator.check(new Contact("\u2003", null, " ")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("email", "an email or a phone is required"),
                                org.assertj.core.groups.Tuple.tuple("note", PlatformMessage.BLANK_TEXT.english())));
    }

    @Test
    void hiddenCharactersAreFound() {
        assertThat(Text.hasHiddenCharacters("Anna \u202eevil")).isTrue();
        assertThat(Text.hasHiddenCharacters("Anna\u200bLind")).isTrue();
        assertThat(Text.hasHiddenCharacters("Ю́лия 👩‍🔧 שלום\tline\n")).as("a zero-width joiner in an emoji").isFalse();
        assertThat(Text.hasHiddenCharacters("\u2067Anna\u2069")).as("an isolate").isTrue();
        assertThat(Text.hasHiddenCharacters("Anna Lindqvist, 北京")).isFalse();
    }

    @Test
    void rejectsAMissingBodyAsItsOwnField() {
        assertThatThrownBy(() -> validator.check(null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .containsExactly(new FieldError("body", "a request body is required")));
    }

    @Test
    void plainTextAllowsAnyScriptButNoControlCharacters() {
        assertThat(validator.check(new Form("Ю́лия 👩‍🔧 שלום\tline\nnext", null, null))).isNotNull();
        assertThatThrownBy(() -> validator.check(new Form("nul\u0000byte", null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> validator.check(new Form("escape\u001b[31m", null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> validator.check(new Form("c1\u0085", null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void oneOfAcceptsNullSoThatNotNullDecides() {
        assertThat(validator.check(new Form("Anna", null, null))).isNotNull();
    }
}
