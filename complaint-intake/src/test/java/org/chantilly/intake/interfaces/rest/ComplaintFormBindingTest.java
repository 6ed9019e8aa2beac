package org.chantilly.intake.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The form as JSON-B (Yasson, as in the server) writes it for the request hash; the API reads it strictly (web's FormBinder). */
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
    void keepsTheOrderOfTheRequestHashStable() {
        ComplaintForm form = read("true");
        assertThat(RequestHash.of(form)).isEqualTo(RequestHash.of(read("true"))).hasSize(64);
        assertThat(RequestHash.of(form)).isNotEqualTo(RequestHash.of(read("false")));
    }
}
