/**
 * The employee's own account: changing their password on every page's header link, and the change an administrator's
 * password requires before anything else (every other page redirects to it until it is done). The beans only call
 * {@code platform.api.OwnPassword}.
 */
package org.chantilly.console.account;
