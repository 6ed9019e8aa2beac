package org.chantilly.realm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountsRealmTest {

    /** "frontline-demo" hashed with bcrypt, cost 10 (as the platform hashes passwords). */
    private static final String HASH = hashOf("frontline-demo");

    @Test
    void bcryptDecidesTheFirstCheck() {
        assertThat(AccountsRealm.bcryptMatches("frontline-demo".toCharArray(), HASH)).isTrue();
        assertThat(AccountsRealm.bcryptMatches("frontline-dem0".toCharArray(), HASH)).isFalse();
        assertThat(AccountsRealm.bcryptMatches("frontline-demo".toCharArray(), "not a hash")).isFalse();
    }

    private static String hashOf(String password) {
        try {
            var factory = org.wildfly.security.password.PasswordFactory.getInstance(
                    org.wildfly.security.password.interfaces.BCryptPassword.ALGORITHM_BCRYPT,
                    org.wildfly.security.password.WildFlyElytronPasswordProvider.getInstance());
            byte[] salt = new byte[org.wildfly.security.password.interfaces.BCryptPassword.BCRYPT_SALT_SIZE];
            return org.wildfly.security.password.util.ModularCrypt.encodeAsString(factory.generatePassword(
                    new org.wildfly.security.password.spec.EncryptablePasswordSpec(password.toCharArray(),
                            new org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec(10, salt))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
