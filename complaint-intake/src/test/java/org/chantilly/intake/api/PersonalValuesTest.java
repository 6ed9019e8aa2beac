package org.chantilly.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalValuesTest {

    private static final String P = "erased-x";

    private static PersonalValues anna() {
        return PersonalValues.builder().name("Anna-Maria Lindqvist").email("Anna.L@Example.org")
                .phone("+49 40 123 4567").postalAddress("Alsterweg 3\n20099 Hamburg").value("HAM-R-4711").build();
    }

    @Test
    void takesOutTheFullNameAndEachOfItsPartsAsWholeWords() {
        assertThat(anna().scrub("Anna-Maria Lindqvist called; Mrs Lindqvist said Maria and anna agreed.", P))
                .isEqualTo("erased-x called; Mrs erased-x said erased-x and erased-x agreed.");
    }

    @Test
    void keepsWordsThatOnlyContainANamePart() {
        assertThat(anna().scrub("Annual Mariachi report by Lindqvists", P)).isEqualTo("Annual Mariachi report by Lindqvists");
    }

    @Test
    void findsTheEmailWhateverItsCase() {
        assertThat(anna().scrub("write to ANNA.L@example.ORG please", P)).isEqualTo("write to erased-x please");
    }

    @Test
    void findsThePhoneNumberWithAnySpacingOrPunctuation() {
        assertThat(anna().scrub("call +49 40 123 4567, or 49-40-1234567, or (49) 40/123.45.67", P))
                .isEqualTo("call erased-x, or erased-x, or (erased-x");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(anna().scrub("Order 4940123456789 cost 49.40 EUR", P)).isEqualTo("Order 4940123456789 cost 49.40 EUR");
    }

    @Test
    void takesOutTheAddressAndEachOfItsLines() {
        assertThat(anna().scrub("Send it to Alsterweg 3, 20099 hamburg.", P)).isEqualTo("Send it to erased-x, erased-x.");
    }

    @Test
    void takesOutOtherValuesSuchAsTheReceiptNumber() {
        assertThat(anna().scrub("Receipt ham-r-4711 attached", P)).isEqualTo("Receipt erased-x attached");
    }

    @Test
    void treatsNamesInAnyScriptAndIgnoresInitials() {
        PersonalValues values = PersonalValues.builder().name("Ю́лия J. Ørsted").build();
        assertThat(values.scrub("Ørsted and Ю́лия met J. Smith", P)).isEqualTo("erased-x and erased-x met J. Smith");
    }

    @Test
    void cutsTheResultToTheColumnSize() {
        assertThat(anna().scrub("Lindqvist Lindqvist", P, 12)).hasSize(12);
        assertThat(anna().scrub("short", P, 12)).isEqualTo("short");
        assertThat(anna().scrub(null, P, 12)).isNull();
    }

    @Test
    void nothingToTakeOutLeavesTextsAsTheyAre() {
        PersonalValues none = PersonalValues.builder().name(" ").email(null).phone("12").build();
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.scrub("12 apples", P)).isEqualTo("12 apples");
        assertThat(none.foundIn("12 apples")).isFalse();
    }

    @Test
    void saysWhetherATextHoldsAValueWithoutShowingThem() {
        assertThat(anna().foundIn("from anna.l@example.org")).isTrue();
        assertThat(anna().foundIn("nothing here")).isFalse();
        assertThat(anna().toString()).doesNotContain("Anna", "Lindqvist", "4567");
    }
}
