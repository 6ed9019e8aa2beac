package org.chantilly.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * Branches and staff as administrators keep them, for clients inside the application (the staff console): the same
 * use cases, rules, field names and audit records as the admin API ({@code /api/admin/...}). Every method needs a
 * caller with the {@link Roles#ADMIN} role; the caller is the audit record's actor.
 *
 * <p>A refused input is an {@link InvalidInputException} whose field names are those of the API's request bodies,
 * with the index of a list element: {@code timeZone}, {@code businessHours[2]}, {@code publicHolidays[0].date},
 * {@code initialPassword}, {@code password}.
 */
public interface OrganisationAdmin {

    /** Every branch, active or not, by code. */
    List<BranchInfo> branches();

    /** Opens a branch. @throws ConflictException when the code is taken */
    BranchInfo createBranch(BranchDraft branch, Caller caller);

    /** Changes a branch's details and calendar; its code cannot change. */
    BranchInfo updateBranch(String code, BranchDraft branch, Caller caller);

    /** Closes a branch; its complaints keep referring to it. */
    BranchInfo deactivateBranch(String code, Caller caller);

    /** One page of employees, active or not, by login, with the state of their accounts (one query). */
    List<StaffAccount> staff(StaffQuery query, Caller caller);

    /** How many employees match the query's branch and role (one query). */
    long staffCount(StaffQuery query, Caller caller);

    /**
     * Adds an employee and their account; the initial password must pass the password policy, and the employee must
     * change it before anything else ({@link OwnPassword}).
     */
    StaffInfo createStaff(StaffDraft staff, Caller caller);

    /** Changes an employee's name, role, branch, region, language or e-mail address; the login cannot change. */
    StaffInfo updateStaff(String login, StaffDraft staff, Caller caller);

    /** The employee can no longer log in; their records and history stay. */
    StaffInfo deactivateStaff(String login, Caller caller);

    /**
     * A new password (checked by the policy); it also lifts a lock after failed logins, and the employee must change
     * it before anything else ({@link OwnPassword}).
     */
    StaffInfo resetPassword(String login, String password, Caller caller);

    /**
     * Lifts the delays after failed logins from every address, keeping the password, so the employee can log in again
     * at once from wherever they are (audited as {@code LOGIN_DELAYS_LIFTED}).
     */
    StaffInfo liftLock(String login, Caller caller);

    /**
     * A branch as an administrator enters it: times {@code HH:mm}, dates ISO 8601, the zone an IANA id. A weekday
     * without hours is closed.
     */
    record BranchDraft(String code, String name, String address, String countryCode, String timeZone, String region,
                       String language, List<Hours> businessHours, List<Holiday> publicHolidays) {

        public BranchDraft {
            businessHours = businessHours == null ? List.of() : List.copyOf(businessHours);
            publicHolidays = publicHolidays == null ? List.of() : List.copyOf(publicHolidays);
        }

        /** Opening hours of a weekday ({@code MONDAY} ... {@code SUNDAY}). */
        public record Hours(String day, String opens, String closes) {
        }

        /** A public holiday. */
        public record Holiday(String date, String name) {
        }
    }

    /**
     * An employee as an administrator enters them. FRONTLINE and SUPERVISOR staff work in a branch, MANAGER staff are
     * responsible for a region; the initial password is needed only to create the account; the e-mail address for
     * notifications is optional ({@code null} removes it).
     */
    record StaffDraft(String login, String name, String role, String branchCode, String region, String language,
                      String initialPassword, String email) {

        /** An employee without an e-mail address. */
        public StaffDraft(String login, String name, String role, String branchCode, String region, String language,
                          String initialPassword) {
            this(login, name, role, branchCode, region, language, initialPassword, null);
        }
    }

    /**
     * Which employees to list: of one branch and one role (each {@code null} for any), from row {@code first}, at
     * most {@code max} (1 to 200) of them.
     */
    record StaffQuery(String branchCode, String role, int first, int max) {
    }

    /**
     * An employee with the state of their account.
     *
     * @param delayedUntil until when some address must wait after failed logins before the account's next password
     *                     check from there (the account stays usable from elsewhere), or {@code null}
     */
    record StaffAccount(StaffInfo staff, Instant delayedUntil) {

        /** Whether some address must wait at that moment. */
        public boolean delayedAt(Instant now) {
            return delayedUntil != null && delayedUntil.isAfter(now);
        }
    }

    /** The caller is no administrator. Becomes a 403 problem. */
    final class NotAnAdministrator extends ProblemException {

        private static final long serialVersionUID = 1L;

        public NotAnAdministrator() {
            super(PlatformMessage.ADMIN_ONLY);
        }

        @Override
        public ProblemType type() {
            return ProblemType.FORBIDDEN;
        }
    }
}
