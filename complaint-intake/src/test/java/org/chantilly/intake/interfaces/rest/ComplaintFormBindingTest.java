package org.chantilly.intake.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The form as JSON-B (Yasson, as in the server) reads it. */
class ComplaintFormBindingTest {

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    private static ComplaintForm read(String consent) {
        return jsonb.fromJson("{\"branchCode\":\"HAM\",\"channel\":\"WEB\",\"customer\":{\"name\":\"Anna\""
                + (consent == null ? "" : ",\"consentToContact\":" + consent) + "},\"description\":\"x\"}", ComplaintForm.class);
    }

    @Test
    void readsBooleansAndMissingOnes() {
        assertThat(read("true").customer().consentToContact()).isTrue();
        assertThat(read("false").customer().consentToContact()).isFalse();
        assertThat(read(null).customer().consentToContact()).isNull();
        assertThat(read("null").customer().consentToContact()).isNull();
    }

    @Test
    void refusesTextWhereABooleanBelongs() {
        assertThatThrownBy(() -> read("\"maybe\"")).isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> read("1")).isInstanceOf(JsonbException.class);
    }

    @Test
    void keepsTheOrderOfTheRequestHashStable() {
        ComplaintForm form = read("true");
        assertThat(RequestHash.of(form)).isEqualTo(RequestHash.of(read("true"))).hasSize(64);
        assertThat(RequestHash.of(form)).isNotEqualTo(RequestHash.of(read("false")));
    }
}
