package org.chantilly.console.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** While a password change is required, the change-password page, login, errors and static files stay reachable. */
class PasswordChangeGateTest {

    @Test
    void onlyTheChangeItsSurroundingsAndStaticFilesStayReachable() {
        assertThat(PasswordChangeGate.isOpen(PasswordChangeGate.PAGE)).isTrue();
        assertThat(PasswordChangeGate.isOpen("/login.xhtml")).isTrue();
        assertThat(PasswordChangeGate.isOpen("/error.xhtml")).isTrue();
        assertThat(PasswordChangeGate.isOpen("/jakarta.faces.resource/console/console.css.xhtml")).isTrue();
        assertThat(PasswordChangeGate.isOpen("/resources/console/favicon.svg")).isTrue();

        assertThat(PasswordChangeGate.isOpen("/")).isFalse();
        assertThat(PasswordChangeGate.isOpen("/index.xhtml")).isFalse();
        assertThat(PasswordChangeGate.isOpen("/frontline/new.xhtml")).isFalse();
        assertThat(PasswordChangeGate.isOpen("/admin/staff.xhtml")).isFalse();
        assertThat(PasswordChangeGate.isOpen("/account/password.xhtml/../../admin/staff.xhtml")).isFalse();
        assertThat(PasswordChangeGate.isOpen("/handbook/read.xhtml")).isFalse();
    }
}
