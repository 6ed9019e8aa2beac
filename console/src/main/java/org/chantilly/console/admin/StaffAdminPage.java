package org.chantilly.console.admin;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Preferences;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.OrganisationAdmin;
import org.chantilly.platform.api.OrganisationAdmin.StaffAccount;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;

/**
 * {@code /admin/staff.xhtml}: the staff, a page at a time and filtered by branch and role; a form to add an account or
 * change someone's role, branch, region or language; a new password; lifting a lock; deactivation.
 */
@Named("staffAdmin")
@ViewScoped
public class StaffAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "staff";
    static final String RESET_FORM = "reset";

    @Inject
    OrganisationAdmin admin;

    @Inject
    Organisation organisation;

    @Inject
    CurrentUser user;

    @Inject
    Preferences preferences;

    @Inject
    Clock clock;

    private StaffModel model;
    private String filterBranch;
    private String filterRole;
    private List<BranchInfo> branches;
    private StaffEditor editor;
    private String resetLogin;
    private String newPassword;

    @PostConstruct
    void init() {
        model = new StaffModel(admin, this);
    }

    Caller caller() {
        return user.caller();
    }

    public StaffModel getModel() {
        return model;
    }

    public List<BranchInfo> getBranches() {
        if (branches == null) {
            branches = admin.branches();
        }
        return branches;
    }

    /** The branches new staff can work in. */
    public List<BranchInfo> getActiveBranches() {
        return getBranches().stream().filter(BranchInfo::active).toList();
    }

    public List<String> getRoles() {
        return Roles.ALL;
    }

    public List<Locale> getLanguages() {
        return Preferences.LANGUAGES;
    }

    /** The regions branches are in: suggestions for a manager's region. */
    public List<String> getRegions() {
        return getBranches().stream().map(BranchInfo::region).distinct().sorted().toList();
    }

    public boolean locked(StaffAccount account) {
        return account.delayedAt(clock.instant());
    }

    /** The table shows the first page of the staff that match the filters. */
    public void search() {
        jakarta.faces.component.UIComponent table = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().findComponent(":list:accounts");
        if (table instanceof org.primefaces.component.datatable.DataTable data) {
            data.setFirst(0);
        }
    }

    public void startNew() {
        resetLogin = null;
        editor = StaffEditor.blank(preferences.getLanguage());
    }

    public void edit(String login) {
        resetLogin = null;
        editor = staff(login).map(StaffEditor::of).orElse(null);
    }

    public void cancel() {
        editor = null;
        resetLogin = null;
        newPassword = null;
    }

    public void save() {
        StaffEditor typed = editor;
        StaffInfo saved = FieldMessages.attempt(FORM, field -> null, () -> {
            try {
                return typed.isCreating() ? admin.createStaff(typed.draft(), caller())
                        : admin.updateStaff(typed.getLogin(), typed.draft(), caller());
            } catch (ConflictException taken) {
                FieldMessages.at(FORM + ":login", "staff.loginTaken");
                return null;
            }
        });
        if (saved != null) {
            FieldMessages.info(typed.isCreating() ? "staff.created" : "staff.saved", saved.login());
            editor = null;
        }
    }

    public void startReset(String login) {
        editor = null;
        newPassword = null;
        resetLogin = login;
    }

    public void resetPassword() {
        String login = resetLogin;
        String password = newPassword == null ? "" : newPassword;
        newPassword = null;
        if (Feedback.attempt(RESET_FORM, () -> admin.resetPassword(login, password, caller())) != null) {
            FieldMessages.info("staff.passwordSet", login);
            resetLogin = null;
        }
    }

    public void liftLock(String login) {
        if (Feedback.attempt(null, () -> admin.liftLock(login, caller())) != null) {
            FieldMessages.info("staff.unlocked", login);
        }
    }

    public void deactivate(String login) {
        if (Feedback.attempt(null, () -> admin.deactivateStaff(login, caller())) != null) {
            FieldMessages.info("staff.deactivated", login);
            if (editor != null && login.equals(editor.getLogin())) {
                editor = null;
            }
        }
    }

    private java.util.Optional<StaffInfo> staff(String login) {
        return organisation.staff(login);
    }

    public StaffEditor getEditor() {
        return editor;
    }

    public String getResetLogin() {
        return resetLogin;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getFilterBranch() {
        return filterBranch;
    }

    public void setFilterBranch(String filterBranch) {
        this.filterBranch = filterBranch == null || filterBranch.isBlank() ? null : filterBranch;
    }

    public String getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(String filterRole) {
        this.filterRole = filterRole == null || filterRole.isBlank() ? null : filterRole;
    }
}
