package org.chantilly.console.handbook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.handbook.api.Handbook;

/**
 * Whether the employee still has to sign the handbook version in force: asked of the handbook at most once per
 * request, and only for the roles that sign it.
 */
@Named("signing")
@RequestScoped
public class SigningReminder {

    @Inject
    CurrentUser user;

    @Inject
    Handbook handbook;

    private Boolean signed;

    /** Whether the reminder shows: the employee signs the handbook and has not signed the version in force. */
    public boolean isShown() {
        return user.getLogin() != null && HandbookTexts.signs(user) && !isSigned();
    }

    public boolean isSigned() {
        if (signed == null) {
            try {
                signed = handbook.hasSignedVersionInForce(user.getLogin());
            } catch (IllegalStateException noVersionInForce) {
                signed = Boolean.TRUE;
            }
        }
        return signed;
    }

    /** The employee has just signed: the page no longer reminds them. */
    void signedNow() {
        signed = Boolean.TRUE;
    }
}
