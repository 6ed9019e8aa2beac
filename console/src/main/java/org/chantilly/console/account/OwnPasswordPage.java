package org.chantilly.console.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.SessionGuard;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.OwnPassword;

/**
 * The change-password page: the current password, the new one twice. The service checks the current one like a
 * login (a wrong one counts as a failed login), the new one by the password policy; the page only checks that the new
 * one was typed the same twice. The session that made the change goes on ({@link SessionGuard}); the employee's
 * other sessions end. Also tells every page whether a change is required (the layout then shows no navigation, as
 * every other page redirects here).
 */
@Named("ownPassword")
@RequestScoped
public class OwnPasswordPage {

    /** The form's id: the service's field names are its fields' ids. */
    static final String FORM = "change";

    /** The client id of the page's outcome area. */
    static final String OUTCOME = "outcome";

    /** The field of the current password, as the service names it and the form has it. */
    static final String CURRENT = "currentPassword";

    @Inject
    OwnPassword passwords;

    @Inject
    CurrentUser user;

    private Boolean required;
    private boolean changed;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    /** Whether the employee must change the password an administrator set before anything else. */
    public boolean isChangeRequired() {
        if (required == null) {
            Object known = request().getAttribute(PasswordChangeGate.REQUIRED);
            required = known instanceof Boolean answer ? answer : passwords.changeRequired(user.getLogin());
        }
        return required;
    }

    /** The fewest characters a new password must have. */
    public int getMinLength() {
        return passwords.minLength();
    }

    /** Whether the password was changed in this request. */
    public boolean isChanged() {
        return changed;
    }

    /**
     * Changes the password; on a refusal the page stays, each message at its field (the current password's in the
     * page's language, the policy's translated from its message key, as on the administrators' pages), the passwords emptied.
     */
    public void change() {
        String current = currentPassword;
        String fresh = newPassword;
        String repeated = repeatedPassword;
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (fresh != null && !fresh.equals(repeated)) {
            faces.validationFailed();
            String text = Feedback.text("account", "password.repeated.different");
            faces.addMessage(FORM + ":repeatedPassword", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        long stamp;
        try {
            stamp = passwords.change(user.caller(), current, fresh);
        } catch (InvalidInputException refused) {
            faces.validationFailed();
            for (FieldError error : refused.errors()) {
                String text = CURRENT.equals(error.field()) ? Feedback.text("account", current == null
                        || current.isEmpty() ? "password.current.missing" : "password.current.wrong")
                        : Feedback.describe(error);
                faces.addMessage(FORM + ":" + error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            return;
        }
        // this session goes on; the employee's other sessions end at their next request
        SessionGuard.continueWithStamp(request(), stamp);
        changed = true;
        required = false;
        String text = Feedback.text("account", "password.changed");
        faces.addMessage(OUTCOME, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
