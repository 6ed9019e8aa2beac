package org.chantilly.console.supervisor;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.workflow.api.BriefingAgenda;
import org.chantilly.workflow.api.Briefings;

/**
 * The agenda of a branch's next pre-shift briefing, printable; the branch's supervisor marks it held with who
 * attended. Supervisors see their own branch; managers and head office choose one of the branches they may see.
 */
@Named
@ViewScoped
public class BriefingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Briefings briefings;

    @Inject
    transient Organisation organisation;

    @Inject
    CurrentUser user;

    private String branch;
    private BriefingAgenda agenda;
    private List<BranchInfo> branches;
    private List<String> attendees = new java.util.ArrayList<>();
    private List<StaffInfo> staff;

    /** The branches the caller may open a briefing of. */
    public List<BranchInfo> getBranches() {
        if (branches == null) {
            Caller caller = user.caller();
            branches = organisation.branches().stream().filter(BranchInfo::active)
                    .filter(b -> organisation.canSeeBranch(caller, b.code()))
                    .sorted(Comparator.comparing(BranchInfo::code)).toList();
        }
        return branches;
    }

    public String getBranch() {
        if (branch == null) {
            branch = user.getBranchCode() != null ? user.getBranchCode()
                    : getBranches().isEmpty() ? null : getBranches().get(0).code();
        }
        return branch;
    }

    public void setBranch(String branch) {
        if (branch != null && getBranches().stream().anyMatch(b -> b.code().equals(branch))) {
            this.branch = branch;
        }
    }

    public void show() {
        agenda = null;
        staff = null;
        attendees = new java.util.ArrayList<>();
    }

    public BriefingAgenda getAgenda() {
        if (agenda == null && getBranch() != null && organisation.canSeeBranch(user.caller(), getBranch())) {
            agenda = briefings.agenda(getBranch());
        }
        return agenda;
    }

    public String getBranchName() {
        return organisation.branch(getBranch()).map(BranchInfo::name).orElse(getBranch());
    }

    /** Only the branch's supervisor holds its briefing (as on the API). */
    public boolean isMayHold() {
        return user.hasRole(Roles.SUPERVISOR) && getBranch() != null && getBranch().equals(user.getBranchCode());
    }

    /** The branch's active staff, who may attend. */
    public List<StaffInfo> getStaff() {
        if (staff == null) {
            staff = organisation.activeStaff().stream().filter(s -> getBranch() != null && getBranch().equals(s.branchCode()))
                    .sorted(Comparator.comparing(StaffInfo::name)).toList();
        }
        return staff;
    }

    public void hold() {
        if (!isMayHold()) {
            return;
        }
        if (attendees == null || attendees.isEmpty()) {
            jakarta.faces.context.FacesContext.getCurrentInstance().addMessage("held:attendees",
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                            Feedback.text("supervisor", "briefing.attendees.required"),
                            Feedback.text("supervisor", "briefing.attendees.required")));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String by = user.caller().username();
        String code = getBranch();
        List<String> who = List.copyOf(attendees);
        BriefingAgenda held = Feedback.attempt("held",
                () -> ConcurrentChange.retrying(() -> briefings.hold(code, who, by)));
        if (held != null) {
            Feedback.info("supervisor", "briefing.held", who.size());
            show();
        }
    }

    public String joined(List<String> items) {
        return items == null ? "" : String.join(", ", items);
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees;
    }
}
