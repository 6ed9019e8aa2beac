package org.chantilly.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Roles;
import org.junit.jupiter.api.Test;

/**
 * Changing one's own password: the current one is checked by the login's path (where a wrong one counts), the new one
 * by the policy, every refusal named at once, and only then is anything stored.
 */
class AccountPasswordsTest {

    private static final Caller ANNA = new Caller("anna", Set.of(Roles.FRONTLINE));
    private static final String CURRENT = "the current password";
    private static final String NEW = "Lanterns over the quiet harbour";

    /** The checks the login's path made, and the passwords stored. */
    private final List<String> checked = new ArrayList<>();
    private final List<String> stored = new ArrayList<>();

    private AccountPasswords passwords() {
        AccountPasswords passwords = new AccountPasswords();
        passwords.minPasswordLength = 12;
        passwords.credentials = (login, password) -> {
            checked.add(login + ":" + new String(password));
            return CURRENT.equals(new String(password));
        };
        passwords.self = new AccountPasswords() {
            @Override
            public long replace(String login, String newPassword) {
                stored.add(login + ":" + newPassword);
                return 8;
            }
        };
        return passwords;
    }

    private List<FieldError> refusal(String current, String fresh) {
        try {
            passwords().change(ANNA, current, fresh);
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theRightCurrentPasswordAndAGoodNewOneChangeIt() {
        assertThat(passwords().change(ANNA, CURRENT, NEW)).as("the new stamp").isEqualTo(8);
        assertThat(checked).containsExactly("anna:" + CURRENT);
        assertThat(stored).containsExactly("anna:" + NEW);
    }

    @Test
    void aWrongCurrentPasswordIsCheckedWhereLoginsAreAndRefused() {
        assertThat(refusal("a wrong guess", NEW)).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("currentPassword", "does not match your password"));
        assertThat(checked).as("counted where logins are").containsExactly("anna:a wrong guess");
        assertThat(stored).isEmpty();
    }

    @Test
    void everyRefusalComesAtOnceAndAWrongCurrentPasswordCountsEvenThen() {
        assertThat(refusal("a wrong guess", "Password2026!")).extracting(FieldError::field)
                .containsExactlyInAnyOrder("currentPassword", "newPassword");
        assertThat(checked).containsExactly("anna:a wrong guess");
        assertThat(stored).isEmpty();
    }

    @Test
    void theNewPasswordPassesThePolicyAndIsNotTheCurrentOne() {
        assertThat(refusal(CURRENT, "short")).extracting(FieldError::field).containsExactly("newPassword");
        assertThat(refusal(CURRENT, "anna and her password")).extracting(FieldError::message)
                .containsExactly("must not contain the login");
        assertThat(refusal(CURRENT, CURRENT)).extracting(FieldError::message)
                .containsExactly("must differ from your current password");
        assertThat(stored).isEmpty();
    }

    @Test
    void nothingIsCheckedWithoutBothPasswords() {
        assertThat(refusal(null, NEW)).extracting(FieldError::field).containsExactly("currentPassword");
        assertThat(refusal("", NEW)).extracting(FieldError::field).containsExactly("currentPassword");
        assertThat(refusal(CURRENT, null)).extracting(FieldError::field).containsExactly("newPassword");
        assertThat(checked).isEmpty();
        assertThat(stored).isEmpty();
    }
}
