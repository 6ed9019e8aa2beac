package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InputValidatorTest {

    enum Colour { RED, GREEN }

    record Form(@NotBlank @PlainText String name, @Size(max = 3) String code, @OneOf(Colour.class) String colour) {
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
                                org.assertj.core.groups.Tuple.tuple("name", "must not be blank")));
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
