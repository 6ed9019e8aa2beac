/**
 * What other modules and the web layer may use of the workflow: the caller's tasks, complaints' processes and records,
 * briefings, incidents and the auditor's compliance reports.
 */
package org.chantilly.workflow.api;
