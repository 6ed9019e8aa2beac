/**
 * The handbook pages: every employee reads the version in force in their language and signs it (a reminder on every
 * page until they do); the handbook owner writes drafts, compares versions and sends them for approval; the approver
 * approves or sends back. The beans only call {@code handbook.api} (and the workflow's tasks for the approval).
 */
package org.chantilly.console.handbook;
