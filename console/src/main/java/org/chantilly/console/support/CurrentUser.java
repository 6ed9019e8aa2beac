package org.chantilly.console.support;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;

/**
 * The employee signed in to this session, as the container authenticated them, with their staff record (branch,
 * language). The {@link Caller} handed to the application services is built from the container's role checks on
 * every request, so a changed role takes effect at the next login, exactly as on the API.
 */
@Named("user")
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organisation organisation;

    private String login;
    private StaffInfo staff;
    private BranchInfo branch;

    /** The caller for a use case in the current request. */
    public Caller caller() {
        HttpServletRequest request = request();
        return Caller.of(request.getUserPrincipal().getName(), request::isUserInRole);
    }

    public String getLogin() {
        load();
        return login;
    }

    public String getName() {
        load();
        return staff != null ? staff.name() : login;
    }

    /** The employee's branch code, or {@code null} for roles without a branch (head office, auditors, admins). */
    public String getBranchCode() {
        load();
        return staff != null ? staff.branchCode() : null;
    }

    public Optional<BranchInfo> branch() {
        load();
        return Optional.ofNullable(branch);
    }

    public Optional<StaffInfo> staff() {
        load();
        return Optional.ofNullable(staff);
    }

    /** The employee's staff record as a change of their own (their language) left it. */
    void staffChanged(StaffInfo changed) {
        load();
        if (changed != null && changed.login().equals(login)) {
            staff = changed;
        }
    }

    /** The time zone dates and times are shown in: the branch's, or UTC for staff without a branch. */
    public ZoneId zone() {
        return branch().map(BranchInfo::timeZone).orElse(ZoneOffset.UTC);
    }

    public boolean hasRole(String role) {
        return request().isUserInRole(role);
    }

    public boolean isFrontline() {
        return hasRole(Roles.FRONTLINE);
    }

    /** Works escalated complaints: supervisors, managers and head office. */
    public boolean isEscalationHandler() {
        return hasRole(Roles.SUPERVISOR) || hasRole(Roles.MANAGER) || hasRole(Roles.HEAD_OFFICE);
    }

    /** Takes complaints at a counter or a phone: frontline staff and everyone above them. */
    public boolean isComplaintTaker() {
        return isFrontline() || isEscalationHandler();
    }

    public boolean isHandbookAuthor() {
        return hasRole(Roles.HANDBOOK_OWNER) || hasRole(Roles.HEAD_OFFICE) || hasRole(Roles.ADMIN);
    }

    public boolean isReportReader() {
        return hasRole(Roles.AUDITOR) || hasRole(Roles.HEAD_OFFICE) || hasRole(Roles.MANAGER);
    }

    public boolean isAuditor() {
        return hasRole(Roles.AUDITOR);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    private void load() {
        java.security.Principal principal = request().getUserPrincipal();
        String current = principal == null ? null : principal.getName();
        if (current == null) {
            login = null;
            staff = null;
            branch = null;
        } else if (!current.equals(login)) {
            login = current;
            staff = organisation.staff(current).orElse(null);
            branch = staff == null || staff.branchCode() == null ? null
                    : organisation.branch(staff.branchCode()).orElse(null);
        }
    }

    private static HttpServletRequest request() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpServletRequest) context.getRequest();
    }
}
