/**
 * The platform's published language: roles, the caller, problem types and the exceptions that become them,
 * input validation and the hook through which a module contributes its database migrations.
 */
package org.chantilly.platform.api;
