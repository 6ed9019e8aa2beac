package org.chantilly.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesThePreHashInModularCryptBcryptWithTheConfiguredCost() {
        String hash = PasswordHasher.hash("frontline-demo".toCharArray());
        assertThat(hash).startsWith(PasswordHasher.PREFIX + "$2a$" + PasswordHasher.COST + "$")
                .hasSize(PasswordHasher.PREFIX.length() + 60);
        assertThat(hash.length()).as("fits app_user.password_hash").isLessThanOrEqualTo(100);
    }

    @Test
    void everyCharacterCountsAlsoAfterBcrypts72Bytes() {
        String hash = PasswordHasher.hash(("ä".repeat(40) + " the end").toCharArray());
        assertThat(PasswordHasher.matches(("ä".repeat(40) + " the end").toCharArray(), hash)).isTrue();
        assertThat(PasswordHasher.matches(("ä".repeat(40) + " another").toCharArray(), hash)).isFalse();
    }

    @Test
    void hashesMadeBeforeThePreHashStillVerify() throws Exception {
        // bcrypt of the password itself, as PasswordHasher made them until the pre-hash came
        var factory = org.wildfly.security.password.PasswordFactory.getInstance(
                org.wildfly.security.password.interfaces.BCryptPassword.ALGORITHM_BCRYPT,
                org.wildfly.security.password.WildFlyElytronPasswordProvider.getInstance());
        String old = org.wildfly.security.password.util.ModularCrypt.encodeAsString(factory.generatePassword(
                new org.wildfly.security.password.spec.EncryptablePasswordSpec("frontline-demo".toCharArray(),
                        new org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec(10, new byte[16]))));
        assertThat(PasswordHasher.matches("frontline-demo".toCharArray(), old)).isTrue();
        assertThat(PasswordHasher.matches("frontline-dem0".toCharArray(), old)).isFalse();
    }

    @Test
    void theRealmHasTheSamePreHashAndVerifiesTheseHashes() {
        assertThat(PasswordHasher.PREFIX).isEqualTo(org.chantilly.realm.PreHash.PREFIX);
        for (String password : new String[] {"frontline-demo", "Grüße, Ёлка 🎄", "x".repeat(128), ""}) {
            assertThat(PasswordHasher.preHash(password.toCharArray()))
                    .isEqualTo(org.chantilly.realm.PreHash.of(password.toCharArray()));
        }
        String hash = PasswordHasher.hash("Kaffee mit Zimt am Hafen".toCharArray());
        assertThat(org.chantilly.realm.AccountsRealm.matches("Kaffee mit Zimt am Hafen".toCharArray(), hash)).isTrue();
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
