/** The auditor's pages: the compliance report with its charts and downloads, and the audit chain's verification. */
package org.chantilly.console.auditor;
