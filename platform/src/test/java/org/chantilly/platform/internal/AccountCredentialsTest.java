package org.chantilly.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.security.spec.AlgorithmParameterSpec;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.permission.PermissionVerifier;

/**
 * A password checked again (signing the handbook, changing the password) goes through the security domain to the
 * realm that checks logins, so the realm sees, counts and delays a wrong one exactly as a failed login.
 */
class AccountCredentialsTest {

    /** A realm with one account, {@code anna} with the password {@code right}, that notes every check it makes. */
    static final class NotingRealm implements SecurityRealm {

        final List<String> checks = new ArrayList<>();
        boolean unavailable;

        @Override
        public RealmIdentity getRealmIdentity(Principal principal) {
            return new RealmIdentity() {
                @Override
                public Principal getRealmIdentityPrincipal() {
                    return principal;
                }

                @Override
                public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> type, String algorithm,
                                                                AlgorithmParameterSpec spec) {
                    return SupportLevel.UNSUPPORTED;
                }

                @Override
                public <C extends Credential> C getCredential(Class<C> type) {
                    return null;
                }

                @Override
                public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> type, String algorithm) {
                    return SupportLevel.SUPPORTED;
                }

                @Override
                public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
                    if (unavailable) {
                        throw new RealmUnavailableException("the accounts could not be read");
                    }
                    if (!exists()) {
                        return false;
                    }
                    boolean right = "right".equals(new String(((PasswordGuessEvidence) evidence).getGuess()));
                    checks.add(principal.getName() + (right ? " ok" : " failed"));
                    return right;
                }

                @Override
                public boolean exists() {
                    return "anna".equals(principal.getName());
                }
            };
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> type, String algorithm,
                                                        AlgorithmParameterSpec spec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> type, String algorithm) {
            return SupportLevel.POSSIBLY_SUPPORTED;
        }
    }

    private static AccountCredentials credentials(NotingRealm realm) {
        SecurityDomain.Builder builder = SecurityDomain.builder();
        builder.addRealm("accounts", realm).build();
        SecurityDomain domain = builder.setDefaultRealmName("accounts")
                .setPermissionMapper((identity, roles) -> PermissionVerifier.ALL).build();
        AccountCredentials credentials = new AccountCredentials();
        credentials.domain = () -> domain;
        return credentials;
    }

    @Test
    void theRealmThatChecksLoginsChecksThePasswordAndSeesAWrongOne() {
        NotingRealm realm = new NotingRealm();
        AccountCredentials credentials = credentials(realm);

        assertThat(credentials.passwordMatches("anna", "wrong".toCharArray())).isFalse();
        assertThat(credentials.passwordMatches("anna", "right".toCharArray())).isTrue();

        assertThat(realm.checks).containsExactly("anna failed", "anna ok");
    }

    @Test
    void anUnknownLoginOrNoPasswordIsRefused() {
        NotingRealm realm = new NotingRealm();
        AccountCredentials credentials = credentials(realm);

        assertThat(credentials.passwordMatches("nobody", "right".toCharArray())).isFalse();
        assertThat(credentials.passwordMatches(null, "right".toCharArray())).isFalse();
        assertThat(credentials.passwordMatches("anna", null)).isFalse();
        assertThat(realm.checks).isEmpty();
    }

    @Test
    void theCallersPasswordIsLeftAsItWas() {
        char[] password = "right".toCharArray();
        assertThat(credentials(new NotingRealm()).passwordMatches("anna", password)).isTrue();
        assertThat(new String(password)).isEqualTo("right");
    }

    @Test
    void anUnreadableAccountsTableIsNoWrongPassword() {
        NotingRealm realm = new NotingRealm();
        realm.unavailable = true;
        assertThatThrownBy(() -> credentials(realm).passwordMatches("anna", "right".toCharArray()))
                .isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(RealmUnavailableException.class);
    }
}
