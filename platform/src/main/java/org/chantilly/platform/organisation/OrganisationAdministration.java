package org.chantilly.platform.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.OrganisationAdmin;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.internal.LoginThrottles;
import org.chantilly.platform.internal.UserAccount;

/**
 * The administrators' use cases for clients inside the application: each checks the input against the constraints of
 * the API's request body ({@link BranchForm}, {@link StaffForm}) and then runs the same {@link OrganisationService}
 * use case as {@link OrganisationResource}, so the rules and the audit records are the same.
 */
@ApplicationScoped
public class OrganisationAdministration implements OrganisationAdmin {

    private static final Logger LOG = Logger.getLogger(OrganisationAdministration.class.getName());

    static final int MAX_PAGE = 200;

    @Inject
    OrganisationService organisation;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<BranchInfo> branches() {
        return organisation.branches();
    }

    @Override
    public BranchInfo createBranch(BranchDraft branch, Caller caller) {
        return organisation.createBranch(checked(form(branch)), actor(caller));
    }

    @Override
    public BranchInfo updateBranch(String code, BranchDraft branch, Caller caller) {
        return organisation.updateBranch(code, checked(form(branch)), actor(caller));
    }

    @Override
    public BranchInfo deactivateBranch(String code, Caller caller) {
        return organisation.deactivateBranch(code, actor(caller));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> staff(StaffQuery query, Caller caller) {
        actor(caller);
        int max = Math.max(1, Math.min(MAX_PAGE, query.max()));
        List<Staff> page = filtered(em.createQuery("select s from Staff s where 1 = 1" + where(query)
                + " order by s.login", Staff.class), query)
                .setFirstResult(Math.max(0, query.first())).setMaxResults(max).getResultList();
        Map<String, Instant> delayed = delays(page.stream().map(Staff::login).toList());
        return page.stream().map(staff -> new StaffAccount(staff.toInfo(), delayed.get(staff.login()))).toList();
    }

    /** Until when some address must wait after failed logins, by login (one query for the page). */
    private Map<String, Instant> delays(List<String> logins) {
        Map<String, Instant> delayed = new HashMap<>();
        if (logins.isEmpty()) {
            return delayed;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select username, max(delayed_until) from login_throttle "
                        + "where delayed_until > :now and username in (:logins) group by username")
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter("logins", logins).getResultList();
        for (Object[] row : rows) {
            delayed.put((String) row[0], LoginThrottles.instant(row[1]));
        }
        return delayed;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long staffCount(StaffQuery query, Caller caller) {
        actor(caller);
        return filtered(em.createQuery("select count(s) from Staff s where 1 = 1" + where(query), Long.class), query)
                .getSingleResult();
    }

    private static String where(StaffQuery query) {
        return (present(query.branchCode()) ? " and s.branchCode = :branch" : "")
                + (present(query.role()) ? " and s.role = :role" : "");
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> typed, StaffQuery query) {
        if (present(query.branchCode())) {
            typed.setParameter("branch", query.branchCode());
        }
        if (present(query.role())) {
            typed.setParameter("role", query.role());
        }
        return typed;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public StaffInfo createStaff(StaffDraft staff, Caller caller) {
        return organisation.createStaff(checked(form(staff)), actor(caller));
    }

    @Override
    public StaffInfo updateStaff(String login, StaffDraft staff, Caller caller) {
        return organisation.updateStaff(login, checked(form(staff)), actor(caller));
    }

    @Override
    public StaffInfo deactivateStaff(String login, Caller caller) {
        return organisation.deactivateStaff(login, actor(caller));
    }

    @Override
    public StaffInfo resetPassword(String login, String password, Caller caller) {
        String actor = actor(caller);
        if (password == null) {
            throw new InvalidInputException("password", PlatformMessage.NOT_NULL);
        }
        return organisation.resetPassword(login, password, actor);
    }

    @Override
    @Transactional
    public StaffInfo liftLock(String login, Caller caller) {
        String actor = actor(caller);
        StaffInfo staff = organisation.staff(login)
                .orElseThrow(() -> new ResourceNotFoundException(PlatformMessage.STAFF_NOT_FOUND));
        em.find(UserAccount.class, login, LockModeType.PESSIMISTIC_WRITE);
        Instant delayedUntil = LoginThrottles.delayedUntil(em, login, clock.instant());
        int addresses = LoginThrottles.lift(em, login);
        audit.record(AuditEvent.of(actor, "LOGIN_DELAYS_LIFTED", "USER", login)
                .change("delayedUntil", delayedUntil, null).change("addresses", addresses, 0));
        LOG.info(() -> "delays of " + login + " after failed logins lifted (" + addresses + " addresses)");
        return staff;
    }

    /** The actor of an administrator's use case; anybody else is refused. */
    static String actor(Caller caller) {
        if (caller == null || !caller.hasRole(Roles.ADMIN)) {
            throw new NotAnAdministrator();
        }
        return caller.username();
    }

    static BranchForm form(BranchDraft draft) {
        return new BranchForm(draft.code(), draft.name(), draft.address(), draft.countryCode(), draft.timeZone(),
                draft.region(), draft.language(),
                draft.businessHours().stream().map(h -> h == null ? null
                        : new BranchForm.Hours(h.day(), h.opens(), h.closes())).toList(),
                draft.publicHolidays().stream().map(h -> h == null ? null
                        : new BranchForm.Holiday(h.date(), h.name())).toList(), null);
    }

    static StaffForm form(StaffDraft draft) {
        return new StaffForm(draft.login(), draft.name(), draft.role(), draft.branchCode(), draft.region(),
                draft.language(), draft.initialPassword(), null, draft.email() == null || draft.email().isBlank() ? null
                : draft.email().strip());
    }

    /**
     * The form if it meets its constraints (those the API checks), else every broken one named by its field with
     * the index of a list element ({@code businessHours[1].opens}), so a page can show it at that row.
     */
    <T> T checked(T form) {
        return checked(validator, form);
    }

    static <T> T checked(Validator validator, T form) {
        return new InputValidator(validator).check(form);
    }
}
