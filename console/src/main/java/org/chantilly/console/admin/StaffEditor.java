package org.chantilly.console.admin;

import java.io.Serializable;

import org.chantilly.platform.api.OrganisationAdmin.StaffDraft;
import org.chantilly.platform.api.StaffInfo;

/**
 * An employee as the form holds them while the administrator types; the password only for a new account, the e-mail
 * address (for their notifications) optional.
 */
public class StaffEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean creating;
    private String login;
    private String name;
    private String role;
    private String branchCode;
    private String region;
    private String language;
    private String email;
    private String initialPassword;

    private StaffEditor(boolean creating) {
        this.creating = creating;
    }

    static StaffEditor blank(String language) {
        StaffEditor editor = new StaffEditor(true);
        editor.role = "FRONTLINE";
        editor.language = language;
        return editor;
    }

    static StaffEditor of(StaffInfo staff) {
        StaffEditor editor = new StaffEditor(false);
        editor.login = staff.login();
        editor.name = staff.name();
        editor.role = staff.role();
        editor.branchCode = staff.branchCode();
        editor.region = staff.region();
        editor.language = staff.language();
        editor.email = staff.email();
        return editor;
    }

    StaffDraft draft() {
        return new StaffDraft(login == null ? null : login.strip(), name, role, emptyToNull(branchCode),
                emptyToNull(region), language, creating ? initialPassword : null, emptyToNull(email));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isCreating() {
        return creating;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        if (creating) {
            this.login = login;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The employee's e-mail address for their notifications; empty for none. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getInitialPassword() {
        return null;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
