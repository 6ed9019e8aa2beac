/**
 * Start-up work of the platform: database migrations of every module, the accounts that log in, health checks.
 * Nothing outside the platform imports this package.
 */
package org.chantilly.platform.internal;
