package org.chantilly.platform.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffDeactivated;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.internal.LoginThrottles;
import org.chantilly.platform.internal.PasswordHasher;
import org.chantilly.platform.internal.PasswordPolicy;
import org.chantilly.platform.internal.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Branches and staff: read by every module, kept by administrators. */
@ApplicationScoped
@Transactional
public class OrganisationService implements Organisation {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<StaffDeactivated> deactivated;

    @Inject
    @ConfigProperty(name = "chantilly.security.password.min-length", defaultValue = "12")
    int minPasswordLength;

    @Inject
    Clock clock;

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

    public BranchInfo createBranch(BranchForm form, String actor) {
        if (Boolean.FALSE.equals(form.active())) {
            throw new InvalidInputException("active", PlatformMessage.BRANCH_NEW_ACTIVE,
                    "POST /api/admin/branches/{code}/deactivate");
        }
        if (em.find(Branch.class, form.code()) != null) {
            throw new ConflictException(PlatformMessage.BRANCH_EXISTS, form.code());
        }
        Branch branch = new Branch(form.code(), form.toInfo());
        em.persist(branch);
        audit.record(AuditEvent.of(actor, "BRANCH_CREATED", "BRANCH", form.code()).after(auditValues(branch.toInfo())));
        LOG.info(() -> "branch " + form.code() + " created");
        return branch.toInfo();
    }

    public BranchInfo updateBranch(String code, BranchForm form, String actor) {
        if (!code.equals(form.code())) {
            throw new InvalidInputException("code", PlatformMessage.BRANCH_CODE_FIXED);
        }
        Branch branch = existingBranch(code);
        if (form.active() != null && form.active() != branch.toInfo().active()) {
            throw new InvalidInputException("active", PlatformMessage.BRANCH_ACTIVE_HERE,
                    "POST /api/admin/branches/" + code + "/deactivate");
        }
        Map<String, Object> before = auditValues(branch.toInfo());
        branch.update(form.toInfo());
        audit.record(AuditEvent.of(actor, "BRANCH_CHANGED", "BRANCH", code).before(before)
                .after(auditValues(branch.toInfo())));
        LOG.info(() -> "branch " + code + " changed");
        return branch.toInfo();
    }

    public BranchInfo deactivateBranch(String code, String actor) {
        Branch branch = existingBranch(code);
        boolean wasActive = branch.toInfo().active();
        branch.deactivate();
        audit.record(AuditEvent.of(actor, "BRANCH_DEACTIVATED", "BRANCH", code).change("active", wasActive, false));
        LOG.info(() -> "branch " + code + " deactivated");
        return branch.toInfo();
    }

    public StaffInfo createStaff(StaffForm form, String actor) {
        if (Boolean.FALSE.equals(form.active())) {
            throw new InvalidInputException("active", PlatformMessage.STAFF_NEW_ACTIVE,
                    "POST /api/admin/staff/{login}/deactivate");
        }
        if (Boolean.FALSE.equals(form.mailNotifications())) {
            throw new InvalidInputException("mailNotifications", PlatformMessage.STAFF_MAIL_CHOICE_HERE,
                    "PUT /api/account/notifications/settings");
        }
        StaffInfo details = checked(form, passwordPolicy().refused(form.login(), form.initialPassword())
                .map(refusal -> new FieldError("initialPassword", refusal)));
        if (em.find(UserAccount.class, form.login()) != null) {
            throw new ConflictException(PlatformMessage.STAFF_LOGIN_TAKEN, form.login());
        }
        UserAccount account = new UserAccount(form.login(), PasswordHasher.hash(form.initialPassword().toCharArray()),
                Set.of(form.role()), clock.instant());
        // the administrator knows the initial password: the employee replaces it before anything else
        account.requirePasswordChange();
        em.persist(account);
        em.flush();
        Staff staff = new Staff(form.login(), details);
        em.persist(staff);
        Map<String, Object> created = auditValues(staff.toInfo());
        created.put("passwordChangeRequired", true);
        audit.record(AuditEvent.of(actor, "USER_CREATED", "USER", form.login()).after(created));
        LOG.info(() -> "staff " + form.login() + " created as " + form.role());
        return staff.toInfo();
    }

    public StaffInfo updateStaff(String login, StaffForm form, String actor) {
        if (!login.equals(form.login())) {
            throw new InvalidInputException("login", PlatformMessage.STAFF_LOGIN_FIXED);
        }
        StaffInfo details = checked(form, Optional.empty());
        Staff staff = existingStaff(login);
        if (form.active() != null && form.active() != staff.toInfo().active()) {
            throw new InvalidInputException("active", PlatformMessage.STAFF_ACTIVE_HERE,
                    "POST /api/admin/staff/" + login + "/deactivate");
        }
        if (form.mailNotifications() != null && form.mailNotifications() != staff.toInfo().mailNotifications()) {
            throw new InvalidInputException("mailNotifications", PlatformMessage.STAFF_MAIL_CHOICE_HERE,
                    "PUT /api/account/notifications/settings");
        }
        Map<String, Object> before = auditValues(staff.toInfo());
        StaffInfo previous = staff.toInfo();
        staff.update(details);
        UserAccount account = em.find(UserAccount.class, login);
        account.replaceRoles(Set.of(form.role()));
        if (!Objects.equals(previous.branchCode(), details.branchCode())
                || !Objects.equals(previous.region(), details.region())) {
            account.accessChanged(); // another scope: a session started before ends
        }
        Map<String, Object> after = auditValues(staff.toInfo());
        if (!Objects.equals(previous.email(), details.email())) {
            after.put("emailChanged", true);
        }
        audit.record(AuditEvent.of(actor, before.get("role").equals(after.get("role")) ? "USER_CHANGED" : "ROLE_CHANGED",
                "USER", login).before(before).after(after));
        LOG.info(() -> "staff " + login + " changed");
        return staff.toInfo();
    }

    /** The employee can no longer log in; their records and history stay. */
    public StaffInfo deactivateStaff(String login, String actor) {
        Staff staff = existingStaff(login);
        boolean wasActive = staff.toInfo().active();
        staff.deactivate();
        em.find(UserAccount.class, login).deactivate();
        audit.record(AuditEvent.of(actor, "USER_DEACTIVATED", "USER", login).change("active", wasActive, false));
        deactivated.fire(new StaffDeactivated(login, actor));
        LOG.info(() -> "staff " + login + " deactivated");
        return staff.toInfo();
    }

    /**
     * An administrator gives the employee a new password; it also lifts the delays after failed logins, and the
     * employee must change it before anything else.
     */
    public StaffInfo resetPassword(String login, String password, String actor) {
        Staff staff = existingStaff(login);
        passwordPolicy().refused(login, password).ifPresent(refusal -> {
            throw new InvalidInputException("password", refusal);
        });
        UserAccount account = em.find(UserAccount.class, login);
        Instant delayedUntil = LoginThrottles.delayedUntil(em, login, clock.instant());
        boolean changeRequired = account.passwordChangeRequired();
        account.replacePassword(PasswordHasher.hash(password.toCharArray()));
        LoginThrottles.lift(em, login);
        audit.record(AuditEvent.of(actor, "PASSWORD_RESET", "USER", login).change("delayedUntil", delayedUntil, null)
                .change("passwordChangeRequired", changeRequired, true));
        LOG.info(() -> "password of " + login + " reset");
        return staff.toInfo();
    }

    /**
     * The employee's own mail settings: their address (or none) and whether they want their notifications by mail.
     * The caller checks and audits them ({@code Notifications.changeMailSettings}).
     */
    public StaffInfo changeMailSettings(String login, String email, boolean mailNotifications) {
        Staff staff = existingStaff(login);
        staff.changeMailSettings(email, mailNotifications);
        return staff.toInfo();
    }

    private PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(minPasswordLength);
    }

    /** What the audit trail keeps of a branch: everything but its address lines. */
    private static Map<String, Object> auditValues(BranchInfo branch) {
        Map<String, Object> values = new TreeMap<>();
        values.put("name", branch.name());
        values.put("countryCode", branch.countryCode());
        values.put("timeZone", branch.timeZone().getId());
        values.put("businessHours", String.valueOf(new TreeMap<>(branch.businessHours())));
        values.put("publicHolidays", branch.publicHolidays().stream().map(String::valueOf).toList());
        values.put("region", branch.region());
        values.put("language", branch.language());
        values.put("active", branch.active());
        return values;
    }

    /** What the audit trail keeps of an employee: their role and scope, never their name or address. */
    private static Map<String, Object> auditValues(StaffInfo staff) {
        Map<String, Object> values = new TreeMap<>();
        values.put("role", staff.role());
        values.put("branchCode", staff.branchCode());
        values.put("region", staff.region());
        values.put("active", staff.active());
        values.put("hasEmail", staff.email() != null); // whether, never the address
        return values;
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
    private StaffInfo checked(StaffForm form, Optional<FieldError> passwordError) {
        StaffInfo details = form.toInfo();
        List<FieldError> errors = new ArrayList<>();
        passwordError.ifPresent(errors::add);
        boolean branchRole = Roles.FRONTLINE.equals(details.role()) || Roles.SUPERVISOR.equals(details.role());
        if (branchRole && details.branchCode() == null) {
            errors.add(FieldError.of("branchCode", PlatformMessage.REQUIRED_FOR, details.role()));
        }
        if (details.branchCode() != null && branch(details.branchCode()).filter(BranchInfo::active).isEmpty()) {
            errors.add(FieldError.of("branchCode", PlatformMessage.NO_ACTIVE_BRANCH));
        }
        if (Roles.MANAGER.equals(details.role()) && details.region() == null) {
            errors.add(FieldError.of("region", PlatformMessage.REQUIRED_FOR, Roles.MANAGER));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return details;
    }

    private Branch existingBranch(String code) {
        Branch branch = code == null ? null : em.find(Branch.class, code);
        if (branch == null) {
            throw new ResourceNotFoundException(PlatformMessage.BRANCH_NOT_FOUND);
        }
        return branch;
    }

    private Staff existingStaff(String login) {
        Staff staff = login == null ? null : em.find(Staff.class, login);
        if (staff == null) {
            throw new ResourceNotFoundException(PlatformMessage.STAFF_NOT_FOUND);
        }
        return staff;
    }
}
