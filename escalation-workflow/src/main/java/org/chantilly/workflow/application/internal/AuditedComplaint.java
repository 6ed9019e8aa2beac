package org.chantilly.workflow.application.internal;

import java.time.Instant;
import java.util.List;

import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;

/**
 * One complaint as the compliance report sees it: its clocks, the remedies granted and what the audit found.
 *
 * @param open       not resolved yet (received, acknowledged, escalated or reopened)
 * @param granted    the remedies granted (status RESOLVED)
 * @param deviations where its recorded path breaks the BPMN model; empty when it conforms
 */
record AuditedComplaint(String reference, String branchCode, Instant receivedAt, boolean open,
                        List<ServiceClock> clocks, List<Resolution> granted,
                        List<ComplianceReport.OutOfAuthority> outOfAuthority,
                        List<ComplianceReport.UnsignedResolution> unsigned, List<String> deviations) {
}
