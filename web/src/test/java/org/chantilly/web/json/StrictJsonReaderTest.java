package org.chantilly.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.chantilly.platform.api.BodyReading;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.MalformedRequestException;
import org.chantilly.platform.api.Money;
import org.chantilly.workflow.api.TaskInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading request bodies strictly: every field that does not fit is named with its path, JSON numbers are no money,
 * unknown fields are refused, malformed JSON says where. The forms are the API's own.
 */
class StrictJsonReaderTest {

    /** A form like the API's, with the value types the binder knows. */
    record Form(String name, Boolean consent, Integer count, LocalDate day, Kind kind, Money price, List<Line> lines,
                Map<String, String> texts) {
    }

    record Line(String text) {
    }

    enum Kind { ONE, TWO }

    private static ValidatorFactory factory;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    private static StrictJsonReader.Read read(String json, Type type) {
        return StrictJsonReader.read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static List<FieldError> errors(String json) {
        return read(json, Form.class).errors();
    }

    @Test
    void readsAFormThatFits() {
        StrictJsonReader.Read read = read("""
                {"name":"Ю́лия 👩‍🔧 שלום","consent":true,"count":3,"day":"2026-11-20","kind":"TWO",
                 "price":{"amount":"39.9","currency":"EUR"},"lines":[{"text":"a"}],"texts":{"en":"x"}}""", Form.class);
        assertThat(read.malformed()).isNull();
        assertThat(read.errors()).isEmpty();
        Form form = (Form) read.value();
        assertThat(form.name()).isEqualTo("Ю́лия 👩‍🔧 שלום");
        assertThat(form.price()).isEqualTo(new Money(new BigDecimal("39.90"), "EUR"));
        assertThat(form.price().amount().toPlainString()).as("in the currency's scale").isEqualTo("39.90");
        assertThat(form.lines()).containsExactly(new Line("a"));
        assertThat(form.texts()).containsEntry("en", "x");
    }

    @Test
    void aJsonNumberIsNoMoney() {
        assertThat(errors("{\"price\":{\"amount\":39.99,\"currency\":\"EUR\"}}"))
                .extracting(FieldError::field).containsExactly("price.amount");
        assertThat(errors("{\"price\":{\"amount\":39.99,\"currency\":\"EUR\"}}").get(0).message())
                .contains("decimal string", "not a JSON number");
    }

    @Test
    void moneyHasTheCurrencysDecimalPlacesAndAKnownCurrency() {
        assertThat(errors("{\"price\":{\"amount\":\"9.99999\",\"currency\":\"EUR\"}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("price.amount", "EUR amounts have at most 2 decimal places"));
        assertThat(errors("{\"price\":{\"amount\":\"abc\",\"currency\":\"XXY\"}}"))
                .extracting(FieldError::field).containsExactly("price.currency", "price.amount");
        assertThat(errors("{\"price\":{\"amount\":\"1e3\",\"currency\":\"EUR\",\"cents\":5}}"))
                .extracting(FieldError::field).containsExactly("price.cents", "price.amount");
        assertThat(errors("{\"price\":{\"amount\":\"100\",\"currency\":\"JPY\"}}")).isEmpty();
    }

    @Test
    void everyWrongTypeIsNamedWithItsPath() {
        assertThat(errors("""
                {"name":5,"consent":"maybe","count":1.5,"day":"2026-13-45","kind":"THREE","lines":[{"text":1},"x"],
                 "texts":{"en":true}}"""))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("name", "must be a string, not a number"),
                        tuple("consent", "must be true or false, not a string"),
                        tuple("count", "must be a whole number from -2147483648 to 2147483647"),
                        tuple("day", "is not valid: a date such as 2026-11-20 is expected"),
                        tuple("kind", "must be one of ONE, TWO"),
                        tuple("lines[0].text", "must be a string, not a number"),
                        tuple("lines[1]", "must be a JSON object, not a string"),
                        tuple("texts.en", "must be a string, not a boolean"));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        assertThat(errors("{\"custmer\":{\"name\":\"Anna\"},\"lines\":[{\"text\":\"a\",\"txt\":\"b\"}]}"))
                .extracting(FieldError::field).containsExactly("custmer", "lines[0].txt");
        assertThat(errors("{\"custmer\":1}").get(0).message()).contains("the fields are name, consent");
    }

    @Test
    void malformedJsonSaysLineAndColumn() {
        StrictJsonReader.Read read = read("{\n  \"name\": \"Anna\",\n  \"count\": }", Form.class);
        assertThat(read.malformed().english()).startsWith("The request body is not valid JSON at line 3, column");
        assertThat(read("{\"name\":\"a\"} trailing", Form.class).malformed().english()).contains("not valid JSON");
        assertThat(read("{\"name\":\"a\",\"name\":\"b\"}", Form.class).malformed().english())
                .contains("a key appears twice");
        assertThat(StrictJsonReader.read(new byte[] {'{', '"', 'n', (byte) 0xC3, '"', ':', '1', '}'}, Form.class)
                .malformed().english()).isEqualTo("The request body is not valid UTF-8.");
        assertThat(read("[1]", Form.class).errors()).extracting(FieldError::field).containsExactly("body");
        assertThat(read("  ", Form.class).errors()).extracting(FieldError::message)
                .containsExactly("a request body is required");
    }

    @Test
    void textMustBeUnicodeWithoutNul() {
        assertThat(errors("{\"name\":\"a\\ud800b\"}")).extracting(FieldError::field).containsExactly("name");
        assertThat(errors("{\"name\":\"a\\u0000b\"}")).extracting(FieldError::field).containsExactly("name");
        assertThat(errors("{\"name\":\"\\ud83d\\ude00\"}")).isEmpty();
    }

    @Test
    void aTaskCompletionNamesTheAmountsField() {
        StrictJsonReader.Read read = read("{\"decision\":\"RESOLVE\",\"amount\":{\"amount\":9.99,\"currency\":\"EUR\"},"
                + "\"meetingAt\":\"yesterday\",\"followUps\":\"COACHING\"}", TaskInput.class);
        assertThat(read.errors()).extracting(FieldError::field)
                .containsExactly("amount.amount", "meetingAt", "followUps");
        assertThat(((TaskInput) read.value()).decision()).isEqualTo("RESOLVE");
    }

    @Test
    void shapeAndRuleErrorsComeTogetherAfterTheScope() {
        record Complaint(@jakarta.validation.constraints.NotNull String channel, String email, Kind kind)
                implements org.chantilly.platform.api.RuleChecked {
            @Override
            public List<FieldError> ruleErrors() {
                return "EMAIL".equals(channel) && email == null
                        ? List.of(FieldError.of("email", PlatformMessage.REQUIRED_FOR, "an EMAIL complaint"))
                        : List.of();
            }
        }
        StrictJsonReader.Read read = read("{\"channel\":\"EMAIL\",\"kind\":\"EXTREME\"}", Complaint.class);
        BodyReading body = new BodyReading();
        read.errors().forEach(body::refuse);
        InputValidator validator = new InputValidator(factory.getValidator(), body);
        assertThatThrownBy(() -> validator.check(read.value()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("email", "kind"));

        BodyReading malformed = new BodyReading();
        malformed.malformed(PlatformMessage.JSON_MALFORMED_AT.with(1, 2, PlatformMessage.JSON_UNEXPECTED));
        assertThatThrownBy(() -> new InputValidator(factory.getValidator(), malformed).check(null))
                .isInstanceOf(MalformedRequestException.class).hasMessageContaining("line 1, column 2");
    }

    @Test
    void readsOnlyTheTypesItKnows() {
        assertThat(FormBinder.binds(Form.class)).isTrue();
        assertThat(FormBinder.binds(TaskInput.class)).isTrue();
        assertThat(FormBinder.binds(java.io.InputStream.class)).isFalse();
        assertThat(FormBinder.binds(Object.class)).isFalse();
    }
}
