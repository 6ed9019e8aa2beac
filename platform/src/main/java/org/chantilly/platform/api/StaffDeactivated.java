package org.chantilly.platform.api;

/**
 * An employee was deactivated: they can no longer log in, and work they hold goes back to their groups. Fired
 * synchronously, inside the administrator's transaction.
 *
 * @param login the employee's login
 * @param actor the administrator who deactivated them
 */
public record StaffDeactivated(String login, String actor) {
}
