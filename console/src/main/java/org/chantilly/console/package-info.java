/**
 * The staff console: Jakarta Faces pages for each kind of work (frontline, supervision, handbook, audit,
 * administration). Its beans only translate between pages and the modules' published services; every rule lives in
 * the modules.
 */
package org.chantilly.console;
