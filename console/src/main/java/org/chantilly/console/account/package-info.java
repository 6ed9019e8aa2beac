/**
 * The employee's own account: changing their password on every page's header link, and the change an administrator's
 * password requires before anything else (every other page redirects to it until it is done); the employee's
 * notifications (the header's badge with the number unread, the list with its links) and their mail settings. The
 * beans only call {@code platform.api.OwnPassword} and {@code platform.api.Notifications}.
 */
package org.chantilly.console.account;
