package org.chantilly.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

/** Who must change their password: whoever's password somebody else set, until they choose their own. */
class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static UserAccount account() {
        return new UserAccount("anna", PasswordHasher.hash("the first password".toCharArray()), Set.of(Roles.FRONTLINE),
                NOW);
    }

    @Test
    void aNewAccountNeedsNoChangeUntilOneIsRequired() {
        UserAccount account = account();
        assertThat(account.passwordChangeRequired()).isFalse();
        account.requirePasswordChange();
        assertThat(account.passwordChangeRequired()).isTrue();
    }

    @Test
    void anAdministratorsPasswordMustBeChangedAndTheEmployeesOwnClearsThat() {
        UserAccount account = account();
        account.replacePassword(PasswordHasher.hash("set by the administrator".toCharArray()));
        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(account.accepts("set by the administrator".toCharArray())).isTrue();

        account.changePassword(PasswordHasher.hash("chosen by the employee".toCharArray()));
        assertThat(account.passwordChangeRequired()).isFalse();
        assertThat(account.accepts("chosen by the employee".toCharArray())).isTrue();
        assertThat(account.accepts("set by the administrator".toCharArray())).isFalse();

        account.replacePassword(PasswordHasher.hash("reset once more".toCharArray()));
        assertThat(account.passwordChangeRequired()).as("every reset requires it again").isTrue();
    }
}
