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
    void theTenThousandMostCommonPasswordsOfSecListsAreRefusedWithTheirLicenceBesideThem() throws Exception {
        String list;
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.SECLISTS)) {
            assertThat(in).as("the build put the list into the jar").isNotNull();
            list = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(list.lines().filter(line -> !line.isBlank())).hasSize(10_000);
        assertThat(PasswordPolicy.listedPasswords()).as("lower case, some differ in case only").isGreaterThan(9_900);
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.SECLISTS_LICENCE)) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("MIT License").contains("Daniel Miessler");
        }
        for (String listed : java.util.List.of("ghhh47hj7649", "Mailcreated5240", "123qweasdzxc", "PolniyPizdec0211",
                "Sojdlg123aljg")) {
            assertThat(policy.refusal("someone", listed)).as(listed)
                    .hasValueSatisfying(m -> assertThat(m).contains("common"));
        }
        list.lines().map(String::strip).filter(line -> line.codePointCount(0, line.length()) >= 12)
                .forEach(listed -> assertThat(policy.refusal("someone", listed)).as(listed).isPresent());
    }

    @Test
    void theListsWordsAreRefusedInDisguiseToo() {
        for (String disguised : java.util.List.of("Sonyericsson2026!", "2026-$unflower-!!", "Sunflower!2026",
                "Butterfly-1987!")) {
            assertThat(policy.refusal("someone", disguised)).as(disguised)
                    .hasValueSatisfying(m -> assertThat(m).contains("common"));
        }
    }

    @Test
    void undoingDisguisesKeepsLettersOnly() {
        assertThat(PasswordPolicy.undisguised("p@ssw0rd2026!")).contains("password");
        assertThat(PasswordPolicy.undisguised("2026-$unshine")).contains("sunshine");
    }
}
