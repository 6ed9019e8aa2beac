package org.chantilly.platform.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.internal.PasswordHasher;
import org.chantilly.platform.internal.UserAccount;

/** Branches and staff: read by every module, kept by administrators. */
@ApplicationScoped
@Transactional
public class OrganisationService implements Organisation {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BranchInfo> branch(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Branch.class, code)).map(Branch::toInfo);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BranchInfo> branches() {
        return em.createNamedQuery("Branch.all", Branch.class).getResultStream().map(Branch::toInfo).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffInfo> staff(String login) {
        return login == null ? Optional.empty() : Optional.ofNullable(em.find(Staff.class, login)).map(Staff::toInfo);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canSeeBranch(Caller caller, String branchCode) {
        return visibleBranches(caller).map(list -> list.contains(branchCode)).orElse(true);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<String>> visibleBranches(Caller caller) {
        if (caller.hasRole(Roles.HEAD_OFFICE) || caller.hasRole(Roles.AUDITOR)) {
            return Optional.empty();
        }
        StaffInfo staff = staff(caller.username()).filter(StaffInfo::active).orElse(null);
        List<String> visible = new ArrayList<>();
        if (staff != null && staff.branchCode() != null) {
            visible.add(staff.branchCode());
        }
        if (staff != null && staff.region() != null && caller.hasRole(Roles.MANAGER)) {
            em.createNamedQuery("Branch.codesInRegion", String.class).setParameter("region", staff.region())
                    .getResultStream().filter(code -> !visible.contains(code)).forEach(visible::add);
        }
        return Optional.of(List.copyOf(visible));
    }

    public BranchInfo createBranch(BranchForm form) {
        if (em.find(Branch.class, form.code()) != null) {
            throw new ConflictException("A branch with code " + form.code() + " exists already.");
        }
        Branch branch = new Branch(form.code(), form.toInfo());
        em.persist(branch);
        LOG.info(() -> "branch " + form.code() + " created");
        return branch.toInfo();
    }

    public BranchInfo updateBranch(String code, BranchForm form) {
        if (!code.equals(form.code())) {
            throw new InvalidInputException("code", "a branch's code cannot change");
        }
        Branch branch = existingBranch(code);
        branch.update(form.toInfo());
        LOG.info(() -> "branch " + code + " changed");
        return branch.toInfo();
    }

    public BranchInfo deactivateBranch(String code) {
        Branch branch = existingBranch(code);
        branch.deactivate();
        LOG.info(() -> "branch " + code + " deactivated");
        return branch.toInfo();
    }

    public StaffInfo createStaff(StaffForm form) {
        StaffInfo details = checked(form);
        if (form.initialPassword() == null) {
            throw new InvalidInputException("initialPassword", "is required to create an account");
        }
        if (em.find(UserAccount.class, form.login()) != null) {
            throw new ConflictException("The login " + form.login() + " is taken.");
        }
        em.persist(new UserAccount(form.login(), PasswordHasher.hash(form.initialPassword().toCharArray()),
                Set.of(form.role()), clock.instant()));
        em.flush();
        Staff staff = new Staff(form.login(), details);
        em.persist(staff);
        LOG.info(() -> "staff " + form.login() + " created as " + form.role());
        return staff.toInfo();
    }

    public StaffInfo updateStaff(String login, StaffForm form) {
        if (!login.equals(form.login())) {
            throw new InvalidInputException("login", "a login cannot change");
        }
        StaffInfo details = checked(form);
        Staff staff = existingStaff(login);
        staff.update(details);
        em.find(UserAccount.class, login).replaceRoles(Set.of(form.role()));
        LOG.info(() -> "staff " + login + " changed");
        return staff.toInfo();
    }

    /** The employee can no longer log in; their records and history stay. */
    public StaffInfo deactivateStaff(String login) {
        Staff staff = existingStaff(login);
        staff.deactivate();
        em.find(UserAccount.class, login).deactivate();
        LOG.info(() -> "staff " + login + " deactivated");
        return staff.toInfo();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffInfo> activeStaff() {
        return allStaff().stream().filter(StaffInfo::active).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffInfo> allStaff() {
        return em.createNamedQuery("Staff.all", Staff.class).getResultStream().map(Staff::toInfo).toList();
    }

    /** The staff details, after the rules that tie a role to a branch or a region. */
    private StaffInfo checked(StaffForm form) {
        StaffInfo details = form.toInfo();
        List<FieldError> errors = new ArrayList<>();
        boolean branchRole = Roles.FRONTLINE.equals(details.role()) || Roles.SUPERVISOR.equals(details.role());
        if (branchRole && details.branchCode() == null) {
            errors.add(new FieldError("branchCode", "is required for " + details.role()));
        }
        if (details.branchCode() != null && branch(details.branchCode()).filter(BranchInfo::active).isEmpty()) {
            errors.add(new FieldError("branchCode", "names no active branch"));
        }
        if (Roles.MANAGER.equals(details.role()) && details.region() == null) {
            errors.add(new FieldError("region", "is required for MANAGER"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return details;
    }

    private Branch existingBranch(String code) {
        Branch branch = code == null ? null : em.find(Branch.class, code);
        if (branch == null) {
            throw new ResourceNotFoundException("There is no branch with that code.");
        }
        return branch;
    }

    private Staff existingStaff(String login) {
        Staff staff = login == null ? null : em.find(Staff.class, login);
        if (staff == null) {
            throw new ResourceNotFoundException("There is no employee with that login.");
        }
        return staff;
    }
}
