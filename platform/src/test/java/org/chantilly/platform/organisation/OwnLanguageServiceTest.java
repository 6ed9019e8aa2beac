package org.chantilly.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.OwnLanguage;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

/** An employee's own language is one Chantilly speaks; anything else is refused before anything is read. */
class OwnLanguageServiceTest {

    private static final Caller SOFIA = new Caller("frontline-sto", Set.of(Roles.FRONTLINE));

    @Test
    void theLanguagesChantillySpeaks() {
        assertThat(OwnLanguage.supported("sv")).isEqualTo("sv");
        assertThat(OwnLanguage.supported("sv-FI")).isEqualTo("sv");
        assertThat(OwnLanguage.supported("ru")).isEqualTo("ru");
        assertThat(OwnLanguage.supported("fr")).isNull();
        assertThat(OwnLanguage.supported(" ")).isNull();
        assertThat(OwnLanguage.supported(null)).isNull();
    }

    @Test
    void anotherLanguageIsRefusedWithItsField() {
        for (String language : new String[] {"fr", "", "SV", "sv_FI", "de-at-x", null}) {
            assertThatThrownBy(() -> new OwnLanguageService().change(SOFIA, language))
                    .as(String.valueOf(language))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                        assertThat(refused.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("language");
                            assertThat(error.text().key()).isEqualTo(PlatformMessage.LANGUAGE_UNSUPPORTED);
                            assertThat(error.message())
                                    .isEqualTo("must be one of the languages Chantilly speaks: en, de, sv, fi, ru");
                        });
                    });
        }
    }
}
