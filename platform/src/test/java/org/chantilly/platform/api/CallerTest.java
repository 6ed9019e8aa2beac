package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void keepsOnlyTheKnownRolesTheContainerGrants() {
        Caller caller = Caller.of("frida", role -> role.equals(Roles.FRONTLINE) || role.equals("SOMETHING_ELSE"));
        assertThat(caller.roles()).containsExactly(Roles.FRONTLINE);
        assertThat(caller.hasRole(Roles.FRONTLINE)).isTrue();
        assertThat(caller.hasRole(Roles.AUDITOR)).isFalse();
    }

    @Test
    void needsAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Caller(" ", Set.of()));
    }
}
