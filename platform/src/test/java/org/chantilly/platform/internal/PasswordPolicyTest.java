package org.chantilly.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    @ParameterizedTest
    @ValueSource(strings = {"P@ssw0rd2026!", "passwordpassword", "123456789012", "qwertyuiop12", "Summer2026!!",
            "iloveyou1234", "aaaaaaaaaaaa", "ababababababab", "!!Welcome2026", "1q2w3e4r5t6y", "210987654321",
            "Chantilly2026", "L3tm3in!!2026", "    12345678", "letmein!letmein!"})
    void commonPasswordsAndTheirDisguisesAreRefused(String password) {
        assertThat(policy.refusal("someone", password)).hasValueSatisfying(m -> assertThat(m).contains("common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Kaffee mit Zimt am Hafen", "tunturi-kettu-7-lumi",
            "Gräddfil och lingon 42"})
    void phrasesOfOnesOwnAreAccepted(String password) {
        assertThat(policy.refusal("someone", password)).isEmpty();
    }

    @Test
    void lengthIsCountedInCharactersBetweenTheMinimumAnd128() {
        assertThat(policy.refusal("someone", "short phrase")).isEmpty();
        assertThat(policy.refusal("someone", "short phras")).contains("must have 12 to 128 characters");
        assertThat(policy.refusal("someone", "Käsebrötchen")).isEmpty();
        assertThat(policy.refusal("someone", "x y".repeat(43))).contains("must have 12 to 128 characters");
        assertThat(policy.refusal("someone", null)).contains("is required");
    }

    @Test
    void theLoginIsNotPartOfThePassword() {
        assertThat(policy.refusal("frieda", "Frieda's own long phrase")).contains("must not contain the login");
        assertThat(policy.refusal("frontline", "Fr0ntl1ne-2026!")).contains("must not contain the login");
    }

    @Test
    void undoingDisguisesKeepsLettersOnly() {
        assertThat(PasswordPolicy.undisguised("p@ssw0rd2026!")).contains("password");
        assertThat(PasswordPolicy.undisguised("2026-$unshine")).contains("sunshine");
    }
}
