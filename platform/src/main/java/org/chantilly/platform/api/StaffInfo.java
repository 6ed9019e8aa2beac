package org.chantilly.platform.api;

/**
 * An employee as every module reads them.
 *
 * @param login             the account's user name
 * @param name              full name
 * @param role              one of {@link Roles}
 * @param branchCode        the branch they work in (FRONTLINE, SUPERVISOR), or null
 * @param region            the region they are responsible for (MANAGER), or null
 * @param language          preferred language, IETF tag
 * @param active            false once deactivated: they cannot log in
 * @param email             their own e-mail address for notifications, or null
 * @param mailNotifications whether they want their notifications by e-mail too (where they have an address)
 */
public record StaffInfo(String login, String name, String role, String branchCode, String region, String language,
                        boolean active, String email, boolean mailNotifications) {

    /** An employee without an e-mail address. */
    public StaffInfo(String login, String name, String role, String branchCode, String region, String language,
                     boolean active) {
        this(login, name, role, branchCode, region, language, active, null, true);
    }

    /** Whether their notifications also go to them by e-mail: they have an address and want it. */
    public boolean mailed() {
        return email != null && mailNotifications;
    }
}
