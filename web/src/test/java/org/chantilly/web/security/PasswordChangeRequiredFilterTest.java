package org.chantilly.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** While an administrator's password must be changed, only the change itself passes. */
class PasswordChangeRequiredFilterTest {

    @Test
    void onlyPostingTheOwnPasswordIsTheChange() {
        assertThat(PasswordChangeRequiredFilter.isChange("POST", "account/password")).isTrue();
        assertThat(PasswordChangeRequiredFilter.isChange("POST", "/account/password")).isTrue();

        assertThat(PasswordChangeRequiredFilter.isChange("GET", "/account/password")).isFalse();
        assertThat(PasswordChangeRequiredFilter.isChange("PUT", "/account/password")).isFalse();
        assertThat(PasswordChangeRequiredFilter.isChange("POST", "/account/password/x")).isFalse();
        assertThat(PasswordChangeRequiredFilter.isChange("POST", "/admin/staff/anna/password")).isFalse();
        assertThat(PasswordChangeRequiredFilter.isChange("POST", "/tasks")).isFalse();
        assertThat(PasswordChangeRequiredFilter.isChange("POST", null)).isFalse();
    }
}
