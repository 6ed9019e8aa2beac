package org.chantilly.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesInModularCryptBcryptWithTheConfiguredCost() {
        String hash = PasswordHasher.hash("frontline-demo".toCharArray());
        assertThat(hash).startsWith("$2a$" + PasswordHasher.COST + "$").hasSize(60);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = PasswordHasher.hash("Grüße, Ёлка 🎄".toCharArray());
        assertThat(PasswordHasher.matches("Grüße, Ёлка 🎄".toCharArray(), hash)).isTrue();
        assertThat(PasswordHasher.matches("Grüsse, Ёлка 🎄".toCharArray(), hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(PasswordHasher.hash("same".toCharArray())).isNotEqualTo(PasswordHasher.hash("same".toCharArray()));
    }
}
