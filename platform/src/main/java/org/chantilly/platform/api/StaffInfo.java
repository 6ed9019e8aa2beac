package org.chantilly.platform.api;

/**
 * An employee as every module reads them.
 *
 * @param login      the account's user name
 * @param name       full name
 * @param role       one of {@link Roles}
 * @param branchCode the branch they work in (FRONTLINE, SUPERVISOR), or null
 * @param region     the region they are responsible for (MANAGER), or null
 * @param language   preferred language, IETF tag
 * @param active     false once deactivated: they cannot log in
 */
public record StaffInfo(String login, String name, String role, String branchCode, String region, String language,
                        boolean active) {
}
